namespace AdviceIntake.Domain.Messages;

public enum MessageKind
{
    /// <summary>A neutral note that an answer is ready, with no question or answer text.</summary>
    AnswerReady = 0,

    /// <summary>The same note with the answer letter attached, for a person who asked for it.</summary>
    AnswerLetter = 1,

    /// <summary>A planned check-in after the answer, with a link that stops all contact.</summary>
    FollowUpCheckIn = 2,

    /// <summary>To the on-call supervisor: a case was escalated (by its counselor, or by the response clock).</summary>
    Escalation = 3,

    /// <summary>To a counselor: an answer draft of theirs has not moved for days.</summary>
    DraftReminder = 4,

    /// <summary>To a counselor and the admins: a licence runs out soon.</summary>
    LicenceReminder = 5,

    /// <summary>The same neutral note, for an urgent message put on the status page before the answer.</summary>
    UrgentUpdate = 6,
}

/// <summary>Where an owed email stands, as admins see it.</summary>
public enum OutboxState
{
    /// <summary>Waiting for its first attempt, or for the next after a failure.</summary>
    Pending = 0,

    /// <summary>A sender holds it now.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Tried too often without success. An admin may try it again.</summary>
    Failed = 3,

    /// <summary>No longer wanted: the person stopped contact or was erased, or what it was about is settled.</summary>
    Cancelled = 4,
}

/// <summary>
/// An email the service owes someone, written in the same transaction as the change that owes it. The row, not the job
/// queue, is the truth: a sender claims it for a while before sending, so two workers never send it at once, and it is
/// marked sent afterwards. No address or text is kept here; they are read from the question, or the staff member's
/// account, when it is sent.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>With the waits below, about nine hours of trying before giving up.</summary>
    public const int MaxAttempts = 12;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The case it is about; none for a staff member's licence reminder.</summary>
    public Guid? QuestionId { get; private set; }

    /// <summary>The staff account it goes to; none when it goes to the person who wrote in.</summary>
    public string? StaffRecipientId { get; private set; }

    /// <summary>The staff member a licence reminder is about (sent to them and to each admin).</summary>
    public string? AboutStaffId { get; private set; }

    /// <summary>
    /// What the message is about, unique among all messages: the same reminder or escalation, owed by two nodes or by a
    /// job run twice, is stored once.
    /// </summary>
    public string? Key { get; private set; }

    public MessageKind Kind { get; private set; }

    public OutboxState State { get; private set; }

    public bool ToStaff => StaffRecipientId is not null;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Until when one sender holds it; another may take it over only after that.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Why the last attempt failed, in words that name no person (a server's reply, a time-out).</summary>
    public string? LastFailure { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Pending and its wait is over, or held by a sender that has not finished within its lease (it died).</summary>
    public bool IsDue(DateTimeOffset now) =>
        State is OutboxState.Pending or OutboxState.Sending && Attempts < MaxAttempts && (ClaimedUntil is null || ClaimedUntil <= now);

    /// <summary>An email to the person who wrote in, at the address they gave.</summary>
    public static OutboxMessage Queue(Guid questionId, MessageKind kind, DateTimeOffset now)
    {
        if (kind is not (MessageKind.AnswerReady or MessageKind.AnswerLetter or MessageKind.FollowUpCheckIn or MessageKind.UrgentUpdate))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "This message goes to staff.");
        }

        return New(questionId, staffRecipientId: null, key: null, kind, now);
    }

    /// <summary>An email to a staff member; the key names what it is about, so it is owed once however often it is asked for.</summary>
    public static OutboxMessage QueueForStaff(string staffId, MessageKind kind, Guid? questionId, string key, DateTimeOffset now, string? aboutStaffId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (kind is not (MessageKind.Escalation or MessageKind.DraftReminder or MessageKind.LicenceReminder))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "This message goes to the person who wrote in.");
        }

        var message = New(questionId, staffId, key, kind, now);
        message.AboutStaffId = aboutStaffId;
        return message;
    }

    private static OutboxMessage New(Guid? questionId, string? staffRecipientId, string? key, MessageKind kind, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        QuestionId = questionId,
        StaffRecipientId = staffRecipientId,
        Key = key,
        Kind = kind,
        State = OutboxState.Pending,
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

        State = OutboxState.Sending;
        ClaimedUntil = now + lease;
        Attempts++;
        Version = Guid.NewGuid();
        return true;
    }

    public void MarkSent(DateTimeOffset now)
    {
        State = OutboxState.Sent;
        SentAt = now;
        ClaimedUntil = null;
        LastFailure = null;
        Version = Guid.NewGuid();
    }

    /// <summary>Not to be sent after all, such as when the address has been erased; unless it was sent already.</summary>
    public void Cancel(string reason)
    {
        if (State == OutboxState.Sent)
        {
            return;
        }

        State = OutboxState.Cancelled;
        LastFailure = reason;
        ClaimedUntil = null;
        Version = Guid.NewGuid();
    }

    /// <summary>A failed attempt: the next waits 1, 2, 4… minutes, at most an hour, so a mail server's outage is outlasted.</summary>
    public void RecordFailure(string reason, DateTimeOffset now)
    {
        LastFailure = reason.Length > 500 ? reason[..500] : reason;
        State = Attempts >= MaxAttempts ? OutboxState.Failed : OutboxState.Pending;
        ClaimedUntil = State == OutboxState.Failed ? null : now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, Attempts - 1))));
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// Its last sender took its last attempt and never said how it went (the process died): nothing will try it again on
    /// its own, so it is Failed, for an admin to see and try again. False when it is not such a message.
    /// </summary>
    public bool FailIfLastSenderVanished(DateTimeOffset now)
    {
        if (State != OutboxState.Sending || Attempts < MaxAttempts || ClaimedUntil > now)
        {
            return false;
        }

        State = OutboxState.Failed;
        LastFailure = "The last attempt stopped before it finished.";
        ClaimedUntil = null;
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>An admin tries a failed message again, from the start: it gets all its attempts back.</summary>
    public void Retry()
    {
        if (State != OutboxState.Failed)
        {
            throw new Questions.LifecycleException("Only a failed message is tried again by hand.");
        }

        State = OutboxState.Pending;
        Attempts = 0;
        ClaimedUntil = null;
        Version = Guid.NewGuid();
    }
}
