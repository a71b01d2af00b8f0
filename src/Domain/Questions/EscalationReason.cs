namespace AdviceIntake.Domain.Questions;

/// <summary>Why a case is on the supervisors' escalation list.</summary>
public enum EscalationReason
{
    /// <summary>Its counselor used the crisis protocol.</summary>
    CrisisProtocol = 0,

    /// <summary>It passed its response target without an answer.</summary>
    PastTarget = 1,

    /// <summary>A Crisis question nobody took within minutes.</summary>
    CrisisUnclaimed = 2,

    /// <summary>A staff member flagged it for a supervisor's eyes, with a reason kept in the history.</summary>
    Flagged = 3,
}
