using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk;

/// <summary>The level of a question and every reason for it, most urgent first.</summary>
public sealed record RiskAssessment(RiskLevel Level, IReadOnlyList<RiskReason> Reasons)
{
    public static readonly RiskAssessment Routine = new(RiskLevel.Routine, []);

    public Concerns Concerns => Reasons.Aggregate(Concerns.None, (all, r) => all | r.Concern);

    public bool IsFlagged => Level >= RiskLevel.High;

    /// <summary>
    /// Stored reasons with the words that raised them, found again in this assessment of the opened text. Quotes are
    /// never stored (they are the person's words); a reason the lexicon no longer raises keeps its description alone.
    /// </summary>
    public IReadOnlyList<RiskReason> QuoteInto(IReadOnlyList<RiskReason> stored) =>
    [
        .. stored.Select(r => Reasons.FirstOrDefault(q => q.Description == r.Description && q.Quote is not null) is { } found
            ? r with { Quote = found.Quote }
            : r),
    ];
}
