namespace AdviceIntake.Domain.Questions;

/// <summary>
/// A question not yet sent, kept sealed for the one browser that is writing it, so the form works without JavaScript
/// and survives a reload, a lost connection, a restart or another node. It lives <see cref="Lifetime"/> from its last
/// change. Once its question is sent only that fact remains, so going Back says the question went.
/// </summary>
/// <remarks>
/// Two requests from the same browser can arrive together (a save as people type beside "Send question"), so each
/// change after <see cref="Start"/> is one conditional UPDATE in the database, written where the drafts are kept: an
/// answer is kept only while the draft is open, and only one send can close it.
/// </remarks>
public sealed class SavedDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// <summary>
    /// How long the sending browser may see its reference and passphrase again (a reload, a second press of "Send
    /// question", a switch to another app to write them down), unless the person hides them sooner.
    /// </summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromMinutes(15);

    private SavedDraft(string key) => Key = key;

    /// <summary>A hash of the random value the browser holds: the table alone cannot be used to open a draft.</summary>
    public string Key { get; private set; }

    /// <summary>The answers so far, sealed; empty once the question is sent.</summary>
    public string Sealed { get; private set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The reference and passphrase, sealed, for the sending browser only; empty before the send and once hidden.</summary>
    public string Confirmation { get; private set; } = string.Empty;

    public DateTimeOffset? ConfirmationUntil { get; private set; }

    public bool IsSent => SentAt is not null;

    public static SavedDraft Start(string key, string sealedAnswers, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new SavedDraft(key) { Sealed = sealedAnswers, ExpiresAt = now + Lifetime };
    }

    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;
}
