namespace AdviceIntake.Domain.Questions;

/// <summary>
/// A question not yet sent, kept sealed for the one browser that is writing it, so the form works without JavaScript
/// and survives a reload, a lost connection, a restart or another node. It lives <see cref="Lifetime"/> from its last
/// change. Once its question is sent only that fact remains, so going Back says the question went.
/// </summary>
public sealed class SavedDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private SavedDraft(string key) => Key = key;

    /// <summary>A hash of the random value the browser holds: the table alone cannot be used to open a draft.</summary>
    public string Key { get; private set; }

    /// <summary>The answers so far, sealed; empty once the question is sent.</summary>
    public string Sealed { get; private set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public bool IsSent => SentAt is not null;

    /// <summary>Changes with every write, so two presses of "Send question" cannot both close the same draft.</summary>
    public Guid Version { get; private set; }

    public static SavedDraft Start(string key, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new SavedDraft(key) { ExpiresAt = now + Lifetime };
    }

    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Keep(string sealedAnswers, DateTimeOffset now)
    {
        if (IsSent)
        {
            throw new InvalidOperationException("A sent question's draft is not written again: a new question starts a new draft.");
        }

        Sealed = sealedAnswers;
        ExpiresAt = now + Lifetime;
        Version = Guid.NewGuid();
    }

    public void MarkSent(DateTimeOffset now)
    {
        if (IsSent)
        {
            throw new InvalidOperationException("This draft's question was already sent.");
        }

        Sealed = string.Empty;
        SentAt = now;
        ExpiresAt = now + Lifetime;
        Version = Guid.NewGuid();
    }

    /// <summary>The send failed (a rule, a limit, the database): the form opens again with the answers as they were.</summary>
    public void Reopen(string sealedAnswers, DateTimeOffset now)
    {
        SentAt = null;
        Keep(sealedAnswers, now);
    }
}
