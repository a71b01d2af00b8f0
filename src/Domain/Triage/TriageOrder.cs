using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Triage;

/// <summary>
/// The queue's order: the most urgent risk tier first, then the least time left before the tier's target, then the
/// oldest. Two questions never compare equal, so the order is the same on every dashboard. The queue's database
/// query sorts by the same keys; a test holds the two together.
/// </summary>
public sealed class TriageOrder : IComparer<TriageOrder.Entry>
{
    public static readonly TriageOrder Instance = new();

    public sealed record Entry(Guid Id, RiskLevel Risk, DateTimeOffset DueAt, DateTimeOffset SubmittedAt);

    public int Compare(Entry? x, Entry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byRisk = y.Risk.CompareTo(x.Risk);
        if (byRisk != 0)
        {
            return byRisk;
        }

        var byDue = x.DueAt.CompareTo(y.DueAt);
        if (byDue != 0)
        {
            return byDue;
        }

        var byAge = x.SubmittedAt.CompareTo(y.SubmittedAt);
        return byAge != 0 ? byAge : x.Id.CompareTo(y.Id);
    }
}
