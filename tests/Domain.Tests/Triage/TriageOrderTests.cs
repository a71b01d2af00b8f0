using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Domain.Tests.Triage;

public sealed class TriageOrderTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_default_targets_are_an_hour_four_hours_a_day_and_five_days()
    {
        var targets = ResponseTargets.Default;

        Assert.Equal(Nine.AddHours(1), targets.DueAt(RiskLevel.Crisis, Nine));
        Assert.Equal(Nine.AddHours(4), targets.DueAt(RiskLevel.High, Nine));
        Assert.Equal(Nine.AddHours(24), targets.DueAt(RiskLevel.Elevated, Nine));
        Assert.Equal(Nine.AddDays(5), targets.DueAt(RiskLevel.Routine, Nine));
    }

    [Fact]
    public void Crisis_comes_first_then_less_time_left_then_the_oldest()
    {
        var oldRoutine = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.Routine, Nine.AddDays(-4));
        var newRoutine = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.Routine, Nine);
        var high = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.High, Nine.AddMinutes(30));
        var olderHigh = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.High, Nine);
        var crisis = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.Crisis, Nine.AddHours(2));
        var elevated = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.Elevated, Nine.AddDays(-3));

        var ordered = new[] { newRoutine, high, elevated, oldRoutine, crisis, olderHigh }
            .Order(new TriageOrder(ResponseTargets.Default)).ToList();

        Assert.Equal([crisis, olderHigh, high, elevated, oldRoutine, newRoutine], ordered);
    }

    [Fact]
    public void Two_questions_sent_at_the_same_moment_still_have_a_fixed_order()
    {
        var a = new TriageOrder.Entry(new Guid("00000000-0000-0000-0000-000000000001"), RiskLevel.High, Nine);
        var b = new TriageOrder.Entry(new Guid("00000000-0000-0000-0000-000000000002"), RiskLevel.High, Nine);
        var order = new TriageOrder(ResponseTargets.Default);

        Assert.True(order.Compare(a, b) < 0);
        Assert.True(order.Compare(b, a) > 0);
        Assert.Equal(0, order.Compare(a, a));
    }
}
