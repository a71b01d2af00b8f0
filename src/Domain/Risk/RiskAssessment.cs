using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk;

/// <summary>The level of a question and every reason for it, most urgent first.</summary>
public sealed record RiskAssessment(RiskLevel Level, IReadOnlyList<RiskReason> Reasons)
{
    public static readonly RiskAssessment Routine = new(RiskLevel.Routine, []);

    public Concerns Concerns => Reasons.Aggregate(Concerns.None, (all, r) => all | r.Concern);

    public bool IsFlagged => Level >= RiskLevel.High;
}
