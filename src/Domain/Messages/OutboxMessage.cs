namespace AdviceIntake.Domain.Messages;

public enum MessageKind
{
    /// <summary>A neutral note that an answer is ready, with no question or answer text.</summary>
    AnswerReady = 0,

    /// <summary>The same note with the answer letter attached, for a person who asked for it.</summary>
    AnswerLetter = 1,

    /// <summary>A planned check-in after the answer, with a link that stops all contact.</summary>
    FollowUpCheckIn = 2,
}

/// <summary>
/// An email the service owes someone, written in the same transaction as the change that owes it. The row, not the job
/// queue, is the truth: a sender claims it for a while before sending, so two workers never send it at once, and it is
/// marked sent afterwards. No address or text is kept here; they are read from the question when it is sent.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>With the waits below, about nine hours of trying before giving up.</summary>
    public const int MaxAttempts = 12;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public Guid QuestionId { get; private set; }

    public MessageKind Kind { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Until when one sender holds it; another may take it over only after that.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Why the last attempt failed, in words that name no person (a server's reply, a time-out).</summary>
    public string? LastFailure { get; private set; }

    public Guid Version { get; private set; }

    public bool IsDue(DateTimeOffset now) => SentAt is null && Attempts < MaxAttempts && (ClaimedUntil is null || ClaimedUntil <= now);

    public static OutboxMessage Queue(Guid questionId, MessageKind kind, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        QuestionId = questionId,
        Kind = kind,
        CreatedAt = now,
        Version = Guid.NewGuid(),
    };

    /// <summary>Takes the message for one sending attempt; false when it is sent, given up on, or held by another sender.</summary>
    public bool TryClaim(DateTimeOffset now, TimeSpan lease)
    {
        if (!IsDue(now))
        {
            return false;
        }

        ClaimedUntil = now + lease;
        Attempts++;
        Version = Guid.NewGuid();
        return true;
    }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        ClaimedUntil = null;
        LastFailure = null;
        Version = Guid.NewGuid();
    }

    /// <summary>Nothing can be sent any more, such as when the address has been erased.</summary>
    public void GiveUp(string reason)
    {
        LastFailure = reason;
        Attempts = MaxAttempts;
        ClaimedUntil = null;
        Version = Guid.NewGuid();
    }

    /// <summary>A failed attempt: the next waits 1, 2, 4… minutes, at most an hour, so a mail server's outage is outlasted.</summary>
    public void RecordFailure(string reason, DateTimeOffset now)
    {
        LastFailure = reason.Length > 500 ? reason[..500] : reason;
        ClaimedUntil = now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, Attempts - 1))));
        Version = Guid.NewGuid();
    }
}
