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
        var oldRoutine = Entry(RiskLevel.Routine, Nine.AddDays(-4));
        var newRoutine = Entry(RiskLevel.Routine, Nine);
        var high = Entry(RiskLevel.High, Nine.AddMinutes(30));
        var olderHigh = Entry(RiskLevel.High, Nine);
        var crisis = Entry(RiskLevel.Crisis, Nine.AddHours(2));
        var elevated = Entry(RiskLevel.Elevated, Nine.AddDays(-3));

        var ordered = new[] { newRoutine, high, elevated, oldRoutine, crisis, olderHigh }.Order(TriageOrder.Instance).ToList();

        Assert.Equal([crisis, olderHigh, high, elevated, oldRoutine, newRoutine], ordered);
    }

    [Fact]
    public void Within_a_tier_the_one_due_first_comes_first_even_when_it_arrived_later()
    {
        // Raised to High by a supervisor an hour after arriving: its clock runs from when it arrived, so it is due sooner.
        var raised = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.High, Nine.AddHours(3), Nine.AddHours(-1));
        var arrivedHigh = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.High, Nine.AddHours(3.5), Nine.AddHours(-0.5));
        var lateButDueFirst = new TriageOrder.Entry(Guid.NewGuid(), RiskLevel.High, Nine.AddHours(2), Nine);

        var ordered = new[] { raised, arrivedHigh, lateButDueFirst }.Order(TriageOrder.Instance).ToList();

        Assert.Equal([lateButDueFirst, raised, arrivedHigh], ordered);
    }

    [Fact]
    public void Two_questions_sent_at_the_same_moment_still_have_a_fixed_order()
    {
        var a = new TriageOrder.Entry(new Guid("00000000-0000-0000-0000-000000000001"), RiskLevel.High, Nine.AddHours(4), Nine);
        var b = new TriageOrder.Entry(new Guid("00000000-0000-0000-0000-000000000002"), RiskLevel.High, Nine.AddHours(4), Nine);

        Assert.True(TriageOrder.Instance.Compare(a, b) < 0);
        Assert.True(TriageOrder.Instance.Compare(b, a) > 0);
        Assert.Equal(0, TriageOrder.Instance.Compare(a, a));
    }

    private static TriageOrder.Entry Entry(RiskLevel risk, DateTimeOffset submittedAt) =>
        new(Guid.NewGuid(), risk, ResponseTargets.Default.DueAt(risk, submittedAt), submittedAt);
}
