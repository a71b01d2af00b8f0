using AdviceIntake.Domain.Staff;

namespace AdviceIntake.Domain.Tests.Staff;

public sealed class StaffSessionTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly SessionLimits Limits = SessionLimits.Default;

    [Fact]
    public void A_session_without_activity_ends_after_the_idle_timeout()
    {
        var session = StaffSession.Start("dana", Nine);

        Assert.True(session.IsOpen(Limits, Nine.AddMinutes(29)));
        Assert.False(session.IsOpen(Limits, Nine.AddMinutes(30)));
        Assert.Equal(Nine.AddMinutes(30), session.EndsAt(Limits));
    }

    [Fact]
    public void Activity_moves_the_end_but_never_past_the_absolute_lifetime()
    {
        var session = StaffSession.Start("dana", Nine);

        for (var at = Nine.AddMinutes(20); at < Nine.AddHours(13); at = at.AddMinutes(20))
        {
            session.Touch(Limits, at);
        }

        Assert.Equal(Nine.AddHours(12), session.EndsAt(Limits));
        Assert.True(session.EndsByLifetime(Limits));
        Assert.False(session.IsOpen(Limits, Nine.AddHours(12)));
    }

    [Fact]
    public void Activity_after_the_end_or_too_soon_after_the_last_is_not_written_down()
    {
        var session = StaffSession.Start("dana", Nine);

        Assert.False(session.Touch(Limits, Nine.AddSeconds(10)));
        Assert.True(session.Touch(Limits, Nine.AddMinutes(1)));
        Assert.False(session.Touch(Limits, Nine.AddMinutes(40)));
        Assert.Equal(Nine.AddMinutes(1), session.LastActivityAt);
    }

    [Fact]
    public void A_session_that_was_ended_stays_ended()
    {
        var session = StaffSession.Start("dana", Nine);

        session.End(Nine.AddMinutes(5));
        session.End(Nine.AddMinutes(6));

        Assert.Equal(Nine.AddMinutes(5), session.EndedAt);
        Assert.False(session.IsOpen(Limits, Nine.AddMinutes(5)));
        Assert.False(session.Touch(Limits, Nine.AddMinutes(7)));
    }
}
