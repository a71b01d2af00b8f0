using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Referrals;

/// <summary>
/// Which lines a person sees for what they told us, most urgent first: emergency services first when the danger is
/// happening now or something was swallowed, then, concern by concern in the order of the reasons' urgency, the lines
/// that serve it (crisis lines before other services). Nothing the person did not tell us is shown.
/// </summary>
public static class CrisisLineChoice
{
    /// <summary>Dangers where a call to emergency services comes before anything else.</summary>
    public const Concerns CallEmergencyFirst = Concerns.ImmediateDanger | Concerns.Poisoning;

    public static IReadOnlyList<ReferralResource> For(RiskAssessment risk, IEnumerable<ReferralResource> directory)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var lines = directory.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var chosen = new List<ReferralResource>();
        var concerns = ConcernsByUrgency(risk);
        if (concerns.Any(c => (c & CallEmergencyFirst) != 0))
        {
            chosen.AddRange(lines.Where(l => l.Kind == ResourceKind.Emergency));
        }

        foreach (var concern in concerns)
        {
            chosen.AddRange(lines.Where(l => l.Kind != ResourceKind.Emergency && l.Serves(concern) && !chosen.Contains(l)));
        }

        return chosen;
    }

    /// <summary>True when these lines start with emergency services: the page then says to call them now.</summary>
    public static bool StartsWithEmergency(IReadOnlyList<ReferralResource> lines) => lines is [{ Kind: ResourceKind.Emergency }, ..];

    private static List<Concerns> ConcernsByUrgency(RiskAssessment risk)
    {
        var ordered = new List<Concerns>();
        foreach (var reason in risk.Reasons.Where(r => r.Level >= RiskLevel.High).OrderByDescending(r => r.Level).ThenBy(r => Urgency(r.Concern)))
        {
            foreach (var flag in Enum.GetValues<Concerns>().Where(f => f != Concerns.None && reason.Concern.HasFlag(f)).OrderBy(Urgency))
            {
                if (!ordered.Contains(flag))
                {
                    ordered.Add(flag);
                }
            }
        }

        return ordered;
    }

    /// <summary>Within one level, the danger to life comes first.</summary>
    private static int Urgency(Concerns concern) => concern switch
    {
        Concerns.ImmediateDanger => 0,
        Concerns.Poisoning => 1,
        Concerns.SuicideOrSelfHarm => 2,
        Concerns.DomesticViolence => 3,
        Concerns.ChildAbuse => 4,
        Concerns.SexualAssault => 5,
        Concerns.ElderAbuse => 6,
        _ => 7,
    };
}
