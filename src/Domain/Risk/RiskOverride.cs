namespace AdviceIntake.Domain.Risk;

/// <summary>
/// A staff member's judgement of a question's risk (a supervisor's when it lowers it), kept beside the assessed level,
/// never in place of it. The reason talks about the question, so it is kept sealed like the question itself.
/// </summary>
public sealed record RiskOverride(RiskLevel Level, string SealedReason, string By, DateTimeOffset At)
{
    public const int ReasonMaxLength = 1000;

    /// <summary>What is wrong with a written reason, or null when it will do.</summary>
    public static string? ProblemWithReason(string? reason, string tooShort = "Write why the risk level should change, in a sentence others can follow.") =>
        (reason?.Trim().Length ?? 0) switch
    {
        < 10 => tooShort,
        > ReasonMaxLength => $"Keep the reason to {ReasonMaxLength:N0} characters or fewer.",
        _ when Common.TextRules.HasUnreadableCharacters(reason!, allowLineBreaks: true) => "The reason contains characters we cannot show. Remove them and try again.",
        _ => null,
    };
}
