using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Domain.Tests.Triage;

public sealed class EscalationTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Fifteen = TimeSpan.FromMinutes(15);

    [Fact]
    public void A_routine_question_escalates_once_when_it_passes_its_target_and_not_before()
    {
        var question = NewQuestion(RiskLevel.Routine);

        Assert.False(question.EscalateByClock(question.DueAt.AddSeconds(-1), Fifteen));
        Assert.True(question.EscalateByClock(question.DueAt, Fifteen));
        Assert.Equal((question.DueAt, EscalationReason.PastTarget), (question.EscalatedAt!.Value, question.EscalationReason!.Value));
        var escalated = Assert.Single(question.History, e => e.Kind == CaseEventKind.Escalated);
        Assert.Null(escalated.ActorId);
        Assert.Equal("past its response target", escalated.Detail);

        // A supervisor takes it; the clock does not bring it back.
        question.TakeEscalation("sam", question.DueAt.AddMinutes(5));
        Assert.False(question.EscalateByClock(question.DueAt.AddHours(5), Fifteen));
        Assert.Null(question.EscalatedAt);
    }

    [Fact]
    public void A_crisis_question_unclaimed_for_fifteen_minutes_escalates_before_its_target()
    {
        var question = NewQuestion(RiskLevel.Crisis);

        Assert.False(question.EscalateByClock(Nine.AddMinutes(14).AddSeconds(59), Fifteen));
        Assert.True(question.EscalateByClock(Nine.AddMinutes(15), Fifteen));
        Assert.Equal(EscalationReason.CrisisUnclaimed, question.EscalationReason);
        Assert.True(Nine.AddMinutes(15) < question.DueAt);
    }

    [Fact]
    public void A_crisis_question_taken_off_the_list_unclaimed_comes_back_once_when_it_passes_its_target()
    {
        var question = NewQuestion(RiskLevel.Crisis);
        Assert.True(question.EscalateByClock(Nine.AddMinutes(15), Fifteen));
        question.TakeEscalation("sam", Nine.AddMinutes(16));

        Assert.False(question.EscalateByClock(Nine.AddMinutes(30), Fifteen));
        Assert.True(question.EscalateByClock(question.DueAt, Fifteen));
        Assert.Equal(EscalationReason.PastTarget, question.EscalationReason);
        question.TakeEscalation("sam", question.DueAt.AddMinutes(1));
        Assert.False(question.EscalateByClock(question.DueAt.AddHours(3), Fifteen));
    }

    [Fact]
    public void A_claimed_crisis_question_waits_for_its_target_and_an_answered_one_never_escalates()
    {
        var claimed = NewQuestion(RiskLevel.Crisis);
        claimed.Claim("dana", Nine.AddMinutes(5));
        Assert.False(claimed.EscalateByClock(Nine.AddMinutes(30), Fifteen));
        Assert.True(claimed.EscalateByClock(claimed.DueAt, Fifteen));
        Assert.Equal(EscalationReason.PastTarget, claimed.EscalationReason);

        var withdrawn = NewQuestion(RiskLevel.Routine);
        withdrawn.Erase(Nine.AddMinutes(1), atTheirRequest: true);
        Assert.False(withdrawn.EscalateByClock(withdrawn.DueAt.AddDays(1), Fifteen));
    }

    [Fact]
    public void Releasing_the_answer_settles_a_clock_escalation_and_the_crisis_protocol_can_escalate_again()
    {
        var question = NewQuestion(RiskLevel.High);
        question.Claim("dana", Nine.AddMinutes(1));
        Assert.True(question.EscalateByClock(question.DueAt, Fifteen));
        question.StartAnswer("dana", question.DueAt, []);
        question.WriteAnswer("sealed", null, "dana", question.DueAt);
        question.SubmitAnswer("dana", question.DueAt);
        question.ApproveAnswer("sam", question.DueAt);

        question.ReleaseAnswer("sam", question.DueAt.AddMinutes(1));

        Assert.Null(question.EscalatedAt);
        question.Escalate("dana", question.DueAt.AddDays(2));
        Assert.Equal(EscalationReason.CrisisProtocol, question.EscalationReason);
    }

    [Fact]
    public void A_case_its_counselor_escalated_keeps_that_reason_when_the_clock_passes()
    {
        var question = NewQuestion(RiskLevel.High);
        question.Escalate("dana", Nine.AddMinutes(2));

        Assert.True(question.EscalateByClock(question.DueAt, Fifteen));
        Assert.Equal((Nine.AddMinutes(2), EscalationReason.CrisisProtocol), (question.EscalatedAt!.Value, question.EscalationReason!.Value));
        Assert.Single(question.History, e => e.Kind == CaseEventKind.Escalated);
    }

    [Fact]
    public void The_rota_names_who_is_on_call_including_overnight_shifts_in_the_services_time_zone()
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var rota = new OnCallRota(
            [
                new OnCallShift("day@clinic.example", weekdays, new TimeOnly(8, 0), new TimeOnly(20, 0)),
                new OnCallShift("night@clinic.example", weekdays, new TimeOnly(20, 0), new TimeOnly(8, 0)),
                new OnCallShift("weekend@clinic.example", [DayOfWeek.Saturday, DayOfWeek.Sunday], new TimeOnly(0, 0), new TimeOnly(0, 0)),
            ],
            newYork);

        // Monday 30 November 2026, 09:00 UTC is 04:00 in New York: Friday's night shift does not reach Monday morning,
        // Sunday's all-day shift ends at midnight, and Monday's night shift has not started; Sunday night belongs to
        // the weekend rota only until midnight.
        Assert.Empty(rota.OnCallAt(Nine));
        Assert.Equal(["day@clinic.example"], rota.OnCallAt(Nine.AddHours(5)));
        Assert.Equal(["night@clinic.example"], rota.OnCallAt(Nine.AddHours(16)));

        // Tuesday 03:00 in New York: still Monday's night shift.
        Assert.Equal(["night@clinic.example"], rota.OnCallAt(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));

        // Saturday noon.
        Assert.Equal(["weekend@clinic.example"], rota.OnCallAt(new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.Zero)));
    }

    private static Question NewQuestion(RiskLevel level) => Question.Receive(
        QuestionSubmission.Create(ScreeningAnswers.AllClear, Topic.Anxiety, "Worry", "I worry all the time and cannot sleep at night.",
            null, null, null, "Quiet Reader", null, null, false, false),
        new RiskAssessment(level, []), ReferenceCode.New(), "hash", new SealedContent("t", "x", "p", null, "s"), Nine, ResponseTargets.Default);
}
