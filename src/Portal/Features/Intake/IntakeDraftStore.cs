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
        catch (Exception e) when (e is JSException or OperationCanceledException)
        {
            // Storage that cannot be read (disabled, or the tab did not answer) means starting with an empty form.
            return new IntakeDraft();
        }
    }

    public async Task SaveAsync(IntakeDraft draft)
    {
        try
        {
            await storage.SetAsync(Key, draft);
        }
        catch (Exception e) when (e is JSDisconnectedException or JSException or OperationCanceledException)
        {
            // Keeping a copy in the tab is a safety net: if the tab has gone, or is too busy to answer in time, the
            // person carries on with the answers held on the page rather than losing the page.
        }
    }

    public async Task ClearAsync()
    {
        try
        {
            await storage.DeleteAsync(Key);
        }
        catch (Exception e) when (e is JSDisconnectedException or JSException or OperationCanceledException)
        {
            // Nothing to clear in a tab that has gone; quick exit clears the storage in the browser itself.
        }
    }
}
