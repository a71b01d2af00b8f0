using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk;

/// <summary>
/// One thing that raised the level: a screening answer, or a danger read in what the person wrote, described as the
/// concept, what was found and whose danger it is ("suicide, preparation (the writer)"), with the words that raised it.
/// </summary>
public sealed record RiskReason(RiskLevel Level, Concerns Concern, string Description)
{
    /// <summary>
    /// The person's own words that raised it. They are part of the question, so they are sealed with it when stored
    /// and only present once opened.
    /// </summary>
    public string? Quote { get; init; }

    /// <summary>The description with the quote, as a counselor reads it.</summary>
    public string Explained => Quote is null ? Description : $"{Description}: \u201C{Quote}\u201D";
}
