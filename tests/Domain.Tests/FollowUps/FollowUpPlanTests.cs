using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.FollowUps;

public sealed class FollowUpPlanTests
{
    private static readonly DateTimeOffset Released = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RiskLevel.Routine, true, true, "CheckInEmail+14,CheckInEmail+90")]
    [InlineData(RiskLevel.Routine, true, false, "")]
    [InlineData(RiskLevel.Routine, false, true, "")]
    [InlineData(RiskLevel.Elevated, true, true, "CheckInEmail+7,CheckInEmail+30")]
    [InlineData(RiskLevel.Elevated, false, false, "")]
    [InlineData(RiskLevel.High, true, true, "CounselorTask+2")]
    [InlineData(RiskLevel.High, false, false, "CounselorTask+2")]
    [InlineData(RiskLevel.Crisis, true, true, "CounselorTask+2")]
    [InlineData(RiskLevel.Crisis, false, true, "CounselorTask+2")]
    public void Each_tier_consent_and_address_plans_what_crisis_line_practice_would(RiskLevel level, bool consents, bool safeEmail, string expected)
    {
        var plan = FollowUpPlan.For(level, consents, safeEmail, Released, FollowUpPolicy.Default);

        Assert.Equal(expected, string.Join(",", plan.Select(p => $"{p.Kind}+{(p.DueAt - Released).TotalDays}")));
    }

    [Fact]
    public void A_follow_up_happens_once_and_cannot_be_moved_into_the_past()
    {
        var followUp = FollowUp.Plan(Guid.NewGuid(), FollowUpKind.CheckInEmail, Released.AddDays(14), Released);
        Assert.False(followUp.IsDue(Released.AddDays(13)));
        Assert.True(followUp.IsDue(Released.AddDays(14)));

        Assert.Throws<DomainValidationException>(() => followUp.MoveTo(Released.AddDays(-1), "dana", Released));
        followUp.MoveTo(Released.AddDays(20), "dana", Released);
        followUp.Complete(Released.AddDays(20));

        Assert.Equal("This follow-up has already happened.", Assert.Throws<LifecycleException>(() => followUp.Complete(Released.AddDays(21))).Message);
        Assert.Throws<LifecycleException>(() => followUp.Cancel("dana"));
        Assert.False(followUp.IsDue(Released.AddDays(30)));
    }
}
