using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Keeps the draft in the tab's session storage, encrypted with the portal's Data Protection keys, so it survives a
/// reload or a lost connection but not the tab, a submit or a quick exit.
/// </summary>
public sealed class IntakeDraftStore(ProtectedSessionStorage storage)
{
    // Quick exit clears session storage by this name's absence: it wipes everything the tab holds.
    private const string Key = "adviceintake-draft";

    public async Task<IntakeDraft> LoadAsync()
    {
        try
        {
            var stored = await storage.GetAsync<IntakeDraft>(Key);
            return stored.Success && stored.Value is not null ? stored.Value : new IntakeDraft();
        }
        catch (CryptographicException)
        {
            // A draft sealed with keys this portal no longer has cannot be read; the person starts again.
            await ClearAsync();
            return new IntakeDraft();
        }
    }

    public async Task SaveAsync(IntakeDraft draft)
    {
        try
        {
            await storage.SetAsync(Key, draft);
        }
        catch (JSDisconnectedException)
        {
            // The tab has gone; there is nothing left to keep the draft in.
        }
    }

    public async Task ClearAsync()
    {
        try
        {
            await storage.DeleteAsync(Key);
        }
        catch (JSDisconnectedException)
        {
            // Nothing to clear in a tab that has gone.
        }
    }
}
