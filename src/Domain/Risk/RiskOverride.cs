namespace AdviceIntake.Domain.Risk;

/// <summary>A supervisor's judgement of a question's risk, kept beside the assessed level, never in place of it.</summary>
public sealed record RiskOverride(RiskLevel Level, string Reason, string By, DateTimeOffset At)
{
    public const int ReasonMaxLength = 1000;
}
