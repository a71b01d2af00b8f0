using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.FollowUps;

/// <summary>How long after release each contact is planned, by risk tier (configurable).</summary>
public sealed record FollowUpPolicy(IReadOnlyList<TimeSpan> Routine, IReadOnlyList<TimeSpan> Elevated, TimeSpan CounselorTask)
{
    public static readonly FollowUpPolicy Default = new(
        [TimeSpan.FromDays(14), TimeSpan.FromDays(90)],
        [TimeSpan.FromDays(7), TimeSpan.FromDays(30)],
        TimeSpan.FromDays(2));
}

/// <summary>
/// What to plan when an answer is released, after crisis-line practice (caring contacts): people who consented and left
/// an address that is safe get neutral check-ins; for High and Crisis questions a counselor looks again instead, since an
/// automatic email is the wrong contact for someone at risk. Nobody is contacted who did not agree to it.
/// </summary>
public static class FollowUpPlan
{
    public static IReadOnlyList<(FollowUpKind Kind, DateTimeOffset DueAt)> For(
        RiskLevel level, bool consentsToFollowUp, bool hasSafeEmail, DateTimeOffset releasedAt, FollowUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (level >= RiskLevel.High)
        {
            return [(FollowUpKind.CounselorTask, releasedAt + policy.CounselorTask)];
        }

        if (!consentsToFollowUp || !hasSafeEmail)
        {
            return [];
        }

        var after = level == RiskLevel.Elevated ? policy.Elevated : policy.Routine;
        return [.. after.Order().Select(wait => (FollowUpKind.CheckInEmail, releasedAt + wait))];
    }
}
