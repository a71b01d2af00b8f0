using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Portal.Questions;

/// <summary>The words staff read for a question's values, in one place for every page that shows them.</summary>
public static class QuestionWords
{
    public static string Status(QuestionStatus status) => status switch
    {
        QuestionStatus.Received => "Waiting",
        QuestionStatus.Claimed => "Being answered",
        QuestionStatus.InReview => "In review",
        QuestionStatus.Withdrawn => "Withdrawn",
        _ => "Answered",
    };

    /// <summary>Why a case is on the escalation list, as a phrase ("escalated: …").</summary>
    public static string Escalation(EscalationReason? reason) => reason switch
    {
        EscalationReason.PastTarget => "past its response target",
        EscalationReason.CrisisUnclaimed => "a Crisis question nobody took",
        EscalationReason.Flagged => "flagged for a supervisor",
        _ => "crisis protocol",
    };

    public static string YesNo(bool? answer) => answer switch
    {
        true => "Yes",
        false => "No",
        null => "Not answered",
    };

    public static string HarmFrom(HarmFrom? harm) => harm switch
    {
        Domain.Risk.HarmFrom.NoOne => "No",
        Domain.Risk.HarmFrom.Partner => "Yes, a partner or ex-partner",
        Domain.Risk.HarmFrom.FamilyMember => "Yes, someone in their family",
        Domain.Risk.HarmFrom.SomeoneElse => "Yes, someone else",
        _ => "Not answered",
    };
}
