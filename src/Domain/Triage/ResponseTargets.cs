using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Triage;

/// <summary>How soon a question of each risk tier should have a counselor's attention.</summary>
public sealed record ResponseTargets(TimeSpan Crisis, TimeSpan High, TimeSpan Elevated, TimeSpan Routine)
{
    public static readonly ResponseTargets Default = new(
        TimeSpan.FromHours(1), TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromDays(5));

    public TimeSpan For(RiskLevel level) => level switch
    {
        RiskLevel.Crisis => Crisis,
        RiskLevel.High => High,
        RiskLevel.Elevated => Elevated,
        _ => Routine,
    };

    public DateTimeOffset DueAt(RiskLevel level, DateTimeOffset submittedAt) => submittedAt + For(level);
}
