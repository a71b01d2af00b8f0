using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Keeps a person's unsent answers sealed in the database, found through a random value only their browser holds
/// (a cookie that ends with the browser session). Decision 14 says why on the server and not in the tab.
/// </summary>
public sealed class IntakeDrafts(
    IDbContextFactory<PortalDbContext> contexts,
    IDataProtectionProvider provider,
    IOptions<TransportOptions> transport,
    TimeProvider clock)
{
    private readonly IDataProtector protector = provider.CreateProtector("AdviceIntake.Intake.Draft.v1");

    public string CookieName => transport.Value.RequireHttps ? TransportSecurity.HostPrefix + "AdviceIntake.Draft" : "AdviceIntake.Draft";

    /// <summary>What this browser has written so far, and whether it has already sent it.</summary>
    public sealed record Loaded(IntakeDraft Draft, bool Sent);

    public async Task<Loaded> LoadAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var saved = await FindAsync(context, cancellationToken);
        if (saved is null)
        {
            return new Loaded(new IntakeDraft(), false);
        }

        if (saved.IsSent)
        {
            return new Loaded(new IntakeDraft(), true);
        }

        try
        {
            return new Loaded(saved.Sealed.Length == 0 ? new IntakeDraft() : Open(saved.Sealed), false);
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            // Sealed with keys this portal no longer has: the person starts again rather than meeting an error.
            return new Loaded(new IntakeDraft(), false);
        }
    }

    /// <summary>Keeps the answers; a browser without a draft (or whose question was sent) starts a new one.</summary>
    public async Task SaveAsync(HttpContext context, IntakeDraft draft, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = KeyOf(context);
        var saved = key is null ? null : await db.SavedDrafts.FindAsync([key], cancellationToken);
        if (saved is null || saved.IsSent || saved.HasExpired(now))
        {
            if (saved is not null)
            {
                db.SavedDrafts.Remove(saved);
            }

            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            saved = SavedDraft.Start(Hash(token), now);
            db.SavedDrafts.Add(saved);
            context.Response.Cookies.Append(CookieName, token, CookieOptions());
        }

        saved.Keep(protector.Protect(JsonSerializer.Serialize(draft)), now);
        await db.SaveChangesAsync(cancellationToken);
    }

    public enum Closing
    {
        Closed,
        AlreadySent,
        NoDraft,
    }

    /// <summary>
    /// Closes the draft before its question is sent, so a second press of "Send question" (or a second tab) finds it
    /// closed and sends nothing. Its answers are wiped now; <see cref="ReopenAsync"/> puts them back if the send fails.
    /// </summary>
    public async Task<Closing> TryCloseAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = KeyOf(context) is { } key ? await db.SavedDrafts.FindAsync([key], cancellationToken) : null;
        if (saved is null || saved.HasExpired(clock.GetUtcNow()))
        {
            return Closing.NoDraft;
        }

        if (saved.IsSent)
        {
            return Closing.AlreadySent;
        }

        saved.MarkSent(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Closing.Closed;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Closing.AlreadySent;
        }
    }

    public async Task ReopenAsync(HttpContext context, IntakeDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (KeyOf(context) is { } key && await db.SavedDrafts.FindAsync([key], cancellationToken) is { } saved)
        {
            saved.Reopen(protector.Protect(JsonSerializer.Serialize(draft)), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Quick exit, or starting again: the draft and the browser's cookie are both gone.</summary>
    public async Task EraseAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (KeyOf(context) is { } key)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.SavedDrafts.Where(d => d.Key == key).ExecuteDeleteAsync(cancellationToken);
        }

        context.Response.Cookies.Delete(CookieName, CookieOptions());
    }

    private async Task<SavedDraft?> FindAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (KeyOf(context) is not { } key)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.SavedDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        return saved is not null && !saved.HasExpired(clock.GetUtcNow()) ? saved : null;
    }

    private IntakeDraft Open(string sealedAnswers) =>
        JsonSerializer.Deserialize<IntakeDraft>(protector.Unprotect(sealedAnswers)) ?? new IntakeDraft();

    private string? KeyOf(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var token) && token is { Length: 64 } ? Hash(token) : null;

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private CookieOptions CookieOptions() => new()
    {
        HttpOnly = true,
        Secure = transport.Value.RequireHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
    };
}
