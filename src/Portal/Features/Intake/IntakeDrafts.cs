using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Keeps a person's unsent answers sealed in the database, found through a random value only their browser holds
/// (a cookie that ends with the browser session). Decision 14 says why on the server and not in the tab. Every change
/// is one conditional UPDATE, so a save as people type that races "Send question" can neither undo nor outlive the send.
/// </summary>
public sealed class IntakeDrafts(
    IDbContextFactory<PortalDbContext> contexts,
    IDataProtectionProvider provider,
    PublicCookies cookies,
    DraftLimiter limiter,
    TimeProvider clock)
{
    private readonly IDataProtector protector = provider.CreateProtector("AdviceIntake.Intake.Draft.v1");
    private readonly IDataProtector confirmation = provider.CreateProtector("AdviceIntake.Intake.Sent.v1");

    public enum Outcome
    {
        Kept,
        AlreadySent,

        /// <summary>This client started too many drafts lately: nothing was kept.</summary>
        TooMany,
    }

    public enum Closing
    {
        Closed,
        AlreadySent,
        NoDraft,
    }

    public string CookieName => cookies.Name("AdviceIntake.Draft");

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

    /// <summary>Keeps the answers while the draft is open; a browser without one starts a new one.</summary>
    public async Task<Outcome> SaveAsync(HttpContext context, IntakeDraft draft, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var sealedAnswers = protector.Protect(JsonSerializer.Serialize(draft));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (KeyOf(context) is { } key)
        {
            var kept = await db.SavedDrafts
                .Where(d => d.Key == key && d.SentAt == null && d.ExpiresAt > now)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Sealed, sealedAnswers).SetProperty(x => x.ExpiresAt, now + SavedDraft.Lifetime), cancellationToken);
            if (kept == 1)
            {
                return Outcome.Kept;
            }

            if (await db.SavedDrafts.AnyAsync(d => d.Key == key && d.SentAt != null && d.ExpiresAt > now, cancellationToken))
            {
                return Outcome.AlreadySent;
            }

            await db.SavedDrafts.Where(d => d.Key == key).ExecuteDeleteAsync(cancellationToken);
        }

        // Each new draft is a row anyone can make: a client that starts many in a short while is refused.
        if (!limiter.TryTake(ClientKey.Of(context)))
        {
            return Outcome.TooMany;
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        db.SavedDrafts.Add(SavedDraft.Start(Hash(token), sealedAnswers, now));
        await db.SaveChangesAsync(cancellationToken);
        context.Response.Cookies.Append(CookieName, token, CookieOptions());
        return Outcome.Kept;
    }

    /// <summary>
    /// Closes the draft before its question is sent, so a second press of "Send question" (or a second tab) finds it
    /// closed and sends nothing. Its answers are wiped now; <see cref="ReopenAsync"/> puts them back if the send fails.
    /// </summary>
    public async Task<Closing> TryCloseAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (KeyOf(context) is not { } key)
        {
            return Closing.NoDraft;
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var closed = await db.SavedDrafts
            .Where(d => d.Key == key && d.SentAt == null && d.ExpiresAt > now)
            .ExecuteUpdateAsync(d => d
                .SetProperty(x => x.SentAt, now)
                .SetProperty(x => x.Sealed, string.Empty)
                .SetProperty(x => x.ExpiresAt, now + SavedDraft.Lifetime), cancellationToken);
        if (closed == 1)
        {
            return Closing.Closed;
        }

        return await db.SavedDrafts.AnyAsync(d => d.Key == key && d.SentAt != null && d.ExpiresAt > now, cancellationToken)
            ? Closing.AlreadySent
            : Closing.NoDraft;
    }

    public async Task ReopenAsync(HttpContext context, IntakeDraft draft, CancellationToken cancellationToken = default)
    {
        if (KeyOf(context) is not { } key)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var sealedAnswers = protector.Protect(JsonSerializer.Serialize(draft));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SavedDrafts
            .Where(d => d.Key == key && d.SentAt != null && d.Confirmation == string.Empty)
            .ExecuteUpdateAsync(d => d
                .SetProperty(x => x.SentAt, (DateTimeOffset?)null)
                .SetProperty(x => x.Sealed, sealedAnswers)
                .SetProperty(x => x.ExpiresAt, now + SavedDraft.Lifetime), cancellationToken);
    }

    /// <summary>What the confirmation page shows: the person's own words that raised the risk stay with the question.</summary>
    public sealed record Confirmation(string Reference, string Passphrase, RiskAssessment Risk);

    /// <summary>The question went: its reference and passphrase are kept, sealed, for this browser to see for a while.</summary>
    public async Task KeepConfirmationAsync(HttpContext context, SubmitQuestion.Result sent, CancellationToken cancellationToken = default)
    {
        if (KeyOf(context) is not { } key)
        {
            return;
        }

        var risk = sent.Risk ?? RiskAssessment.Routine;
        var shown = new Confirmation(sent.Reference!.ToString(), sent.Passphrase!.ToString(), risk with { Reasons = [.. risk.Reasons.Select(r => r with { Quote = null })] });
        var sealedConfirmation = confirmation.Protect(JsonSerializer.Serialize(shown));
        var until = clock.GetUtcNow() + SavedDraft.ConfirmationLifetime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SavedDrafts
            .Where(d => d.Key == key && d.SentAt != null)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Confirmation, sealedConfirmation).SetProperty(x => x.ConfirmationUntil, until), cancellationToken);
    }

    /// <summary>Whether this browser sent a question, and its reference and passphrase while they may still be shown.</summary>
    public async Task<(bool Sent, Confirmation? Shown)> ConfirmationAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var saved = await FindAsync(context, cancellationToken);
        if (saved is not { IsSent: true })
        {
            return (false, null);
        }

        if (saved.Confirmation.Length == 0 || saved.ConfirmationUntil <= clock.GetUtcNow())
        {
            return (true, null);
        }

        try
        {
            return (true, JsonSerializer.Deserialize<Confirmation>(confirmation.Unprotect(saved.Confirmation)));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return (true, null);
        }
    }

    /// <summary>"I have saved them": the reference and passphrase are not shown in this browser again.</summary>
    public async Task HideConfirmationAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (KeyOf(context) is { } key)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.SavedDrafts.Where(d => d.Key == key)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Confirmation, string.Empty).SetProperty(x => x.ConfirmationUntil, (DateTimeOffset?)null), cancellationToken);
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

    // Strict: a link on another site cannot make this browser's draft take part in a request, not even quick exit.
    private CookieOptions CookieOptions() => cookies.Options(SameSiteMode.Strict);
}
