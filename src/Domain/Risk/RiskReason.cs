using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk;

/// <summary>One thing that raised the level: a screening answer, or a phrase found in what the person wrote.</summary>
public sealed record RiskReason(RiskLevel Level, Concerns Concern, string Description);
