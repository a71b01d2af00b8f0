using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk.Reading;

namespace AdviceIntake.Domain.Risk;

/// <summary>
/// Gives a question its risk level from the safety check and the words of the title and question, read by
/// <see cref="DangerReader"/> against the lexicon and rules built from clinical instruments (decision 9). Deterministic,
/// explainable (every reason names its concept and quotes its words) and fast enough to run on every form post.
/// </summary>
public static class RiskAssessor
{
    private static readonly DangerReader Reader = new();

    public static RiskAssessment Assess(ScreeningAnswers screening, string? title, string? text)
    {
        ArgumentNullException.ThrowIfNull(screening);
        var reasons = new List<RiskReason>();
        AddScreeningReasons(screening, reasons);
        var titled = !string.IsNullOrWhiteSpace(title);
        var words = titled ? $"{title}\n{text}" : text ?? string.Empty;
        if (words.Length > 0)
        {
            reasons.AddRange(Reader.Read(words, titled));
        }

        if (reasons.Count == 0)
        {
            return RiskAssessment.Routine;
        }

        var ordered = reasons.OrderByDescending(r => r.Level).ToList();
        return new RiskAssessment(ordered[0].Level, ordered);
    }
    private static void AddScreeningReasons(ScreeningAnswers screening, List<RiskReason> reasons)
    {
        if (screening.InDangerNow)
        {
            reasons.Add(new RiskReason(RiskLevel.Crisis, Concerns.ImmediateDanger, "Safety check: in danger right now"));
        }

        if (screening.ThoughtsOfSelfHarm)
        {
            reasons.Add(new RiskReason(RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "Safety check: thoughts of ending their life or self-harm"));
        }

        switch (screening.HarmFrom)
        {
            case HarmFrom.Partner:
                reasons.Add(new RiskReason(RiskLevel.High, Concerns.DomesticViolence, "Safety check: hurt or threatened by a partner"));
                break;
            case HarmFrom.FamilyMember:
                reasons.Add(new RiskReason(RiskLevel.High, Concerns.DomesticViolence, "Safety check: hurt or threatened by a family member"));
                break;
            case HarmFrom.SomeoneElse:
                reasons.Add(new RiskReason(RiskLevel.High, Concerns.ImmediateDanger, "Safety check: hurt or threatened by someone"));
                break;
        }

        if (screening.ChildBeingHurt)
        {
            reasons.Add(new RiskReason(RiskLevel.High, Concerns.ChildAbuse, "Safety check: a child is being hurt"));
        }
    }
}
