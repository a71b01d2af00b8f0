using AdviceIntake.Domain.Answers;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>Words staff read for an answer's state.</summary>
public static class AnswerWords
{
    public static string State(AnswerState? state) => state switch
    {
        null => "Not started",
        AnswerState.Draft => "Draft",
        AnswerState.InReview => "With a supervisor",
        AnswerState.Returned => "Returned for changes",
        AnswerState.Approved => "Approved",
        _ => "Released",
    };
}
