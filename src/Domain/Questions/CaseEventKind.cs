namespace AdviceIntake.Domain.Questions;

/// <summary>What happened on a case, for its timeline.</summary>
public enum CaseEventKind
{
    Received = 0,
    Claimed = 1,
    Released = 2,
    Reassigned = 3,
    RiskOverridden = 4,
    NoteAdded = 5,

    /// <summary>A staff member read the question's text: the audit trail.</summary>
    Viewed = 6,
}
