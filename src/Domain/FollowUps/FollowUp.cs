namespace AdviceIntake.Domain.FollowUps;

public enum FollowUpKind
{
    /// <summary>A neutral email asking how the person is, with a way to stop all contact.</summary>
    CheckInEmail = 0,

    /// <summary>For High and Crisis questions: a counselor looks at the case again instead of an automatic email.</summary>
    CounselorTask = 1,
}

public enum FollowUpState
{
    Planned = 0,
    Done = 1,
    Cancelled = 2,
}

/// <summary>
/// A planned contact after an answer was released. The row is the truth about what is due: a job only ever moves one
/// from Planned to Done, once, guarded by its version, so a job run twice or on two nodes acts once.
/// </summary>
public sealed class FollowUp
{
    public const int ReasonMaxLength = 500;

    private FollowUp()
    {
    }

    public Guid Id { get; private set; }

    public Guid QuestionId { get; private set; }

    public FollowUpKind Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public FollowUpState State { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>Who cancelled or moved it last; none when the person stopped all contact.</summary>
    public string? ChangedBy { get; private set; }

    public Guid Version { get; private set; }

    public static FollowUp Plan(Guid questionId, FollowUpKind kind, DateTimeOffset dueAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        QuestionId = questionId,
        Kind = kind,
        DueAt = dueAt,
        State = FollowUpState.Planned,
        Version = Guid.NewGuid(),
    };

    public bool IsDue(DateTimeOffset now) => State == FollowUpState.Planned && DueAt <= now;

    public void Complete(DateTimeOffset now)
    {
        EnsurePlanned();
        State = FollowUpState.Done;
        DoneAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>A counselor or supervisor cancels it, or the person stops all contact (no staff member).</summary>
    public void Cancel(string? staffId)
    {
        EnsurePlanned();
        State = FollowUpState.Cancelled;
        ChangedBy = staffId;
        Version = Guid.NewGuid();
    }

    /// <summary>A counselor moves it to another day; never into the past.</summary>
    public void MoveTo(DateTimeOffset dueAt, string staffId, DateTimeOffset now)
    {
        EnsurePlanned();
        if (dueAt <= now)
        {
            throw new Common.DomainValidationException([new Common.FieldError("DueAt", "Choose a day after today.")]);
        }

        DueAt = dueAt;
        ChangedBy = staffId;
        Version = Guid.NewGuid();
    }

    private void EnsurePlanned()
    {
        if (State != FollowUpState.Planned)
        {
            throw new Questions.LifecycleException(State == FollowUpState.Done
                ? "This follow-up has already happened."
                : "This follow-up has been cancelled.");
        }
    }
}
