using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.Questions;

public sealed class QuestionLifecycleTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_question_is_received_with_nobody_on_it()
    {
        var question = NewQuestion();

        Assert.Equal(QuestionStatus.Received, question.Status);
        Assert.Null(question.AssigneeId);
        Assert.NotEqual(Guid.Empty, question.Version);
    }

    [Fact]
    public void Claiming_assigns_the_counselor_and_changes_the_version()
    {
        var question = NewQuestion();
        var before = question.Version;

        question.Claim("dana", Nine.AddMinutes(5));

        Assert.Equal(QuestionStatus.Claimed, question.Status);
        Assert.Equal("dana", question.AssigneeId);
        Assert.Equal(Nine.AddMinutes(5), question.ClaimedAt);
        Assert.NotEqual(before, question.Version);
    }

    [Fact]
    public void A_claimed_question_cannot_be_claimed_again_and_nothing_changes()
    {
        var question = NewQuestion();
        question.Claim("dana", Nine);
        var version = question.Version;

        var error = Assert.Throws<LifecycleException>(() => question.Claim("jordan", Nine));

        Assert.Equal("Someone else has just taken this question.", error.Message);
        Assert.Equal("dana", question.AssigneeId);
        Assert.Equal(version, question.Version);
    }

    [Fact]
    public void The_assignee_can_release_it_back_to_the_queue_and_nobody_else_can()
    {
        var question = NewQuestion();
        question.Claim("dana", Nine);

        Assert.Throws<LifecycleException>(() => question.Release("jordan"));
        question.Release("dana");

        Assert.Equal(QuestionStatus.Received, question.Status);
        Assert.Null(question.AssigneeId);
        Assert.Null(question.ClaimedAt);
    }

    [Fact]
    public void A_waiting_question_cannot_be_released()
    {
        Assert.Throws<LifecycleException>(() => NewQuestion().Release("dana"));
    }

    [Fact]
    public void A_supervisor_can_reassign_a_waiting_or_claimed_question_but_not_to_the_same_counselor()
    {
        var question = NewQuestion();

        question.Reassign("dana", Nine);
        Assert.Equal("dana", question.AssigneeId);
        Assert.Throws<LifecycleException>(() => question.Reassign("dana", Nine));
        question.Reassign("jordan", Nine.AddMinutes(1));

        Assert.Equal("jordan", question.AssigneeId);
        Assert.Equal(QuestionStatus.Claimed, question.Status);
    }

    [Fact]
    public void A_risk_override_keeps_the_assessed_level_and_needs_a_reason()
    {
        var question = NewQuestion();

        Assert.Throws<LifecycleException>(() => question.OverrideRisk(RiskLevel.Crisis, "too short", "sup", Nine));
        question.OverrideRisk(RiskLevel.Crisis, "Mentions a weapon in the house in the second paragraph.", "sup", Nine);

        Assert.Equal(RiskLevel.Routine, question.RiskLevel);
        Assert.Equal(RiskLevel.Crisis, question.EffectiveRiskLevel);
        Assert.Equal("sup", question.RiskOverride!.By);
        Assert.Throws<LifecycleException>(() => question.OverrideRisk(RiskLevel.Crisis, "Still a crisis, says the supervisor.", "sup", Nine));
    }

    private static Question NewQuestion() => Question.Receive(
        QuestionSubmission.Create(ScreeningAnswers.AllClear, Topic.Anxiety, "Worry", "I worry all the time and cannot sleep at night.",
            null, null, null, "Quiet Reader", null, null, false, false),
        RiskAssessment.Routine, ReferenceCode.New(), "hash", new SealedContent("t", "x", "p", null), Nine);
}
