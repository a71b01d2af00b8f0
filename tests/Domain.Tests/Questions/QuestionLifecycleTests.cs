using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Domain.Tests.Questions;

public sealed class QuestionLifecycleTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public enum Start
    {
        Waiting,
        ClaimedByDana,
    }

    /// <summary>Every move from every state a question can be in on the queue, and what it leads to.</summary>
    public static TheoryData<Start, string, QuestionStatus?, string?> Moves => new()
    {
        { Start.Waiting, "claim by dana", QuestionStatus.Claimed, "dana" },
        { Start.Waiting, "release by dana", null, "Only the counselor working on this question can put it back in the queue." },
        { Start.Waiting, "reassign to jordan", QuestionStatus.Claimed, "jordan" },
        { Start.ClaimedByDana, "claim by dana", null, "You are already working on this question." },
        { Start.ClaimedByDana, "claim by jordan", null, "Someone else has just taken this question." },
        { Start.ClaimedByDana, "release by dana", QuestionStatus.Received, null },
        { Start.ClaimedByDana, "release by jordan", null, "Only the counselor working on this question can put it back in the queue." },
        { Start.ClaimedByDana, "reassign to jordan", QuestionStatus.Claimed, "jordan" },
        { Start.ClaimedByDana, "reassign to dana", null, "This counselor is already working on this question." },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_move_is_allowed_or_refused_with_a_reason_and_a_refusal_changes_nothing(
        Start start, string move, QuestionStatus? status, string? assigneeOrMessage)
    {
        var question = NewQuestion();
        if (start == Start.ClaimedByDana)
        {
            question.Claim("dana", Nine);
        }

        var (statusBefore, assigneeBefore, versionBefore, eventsBefore) = (question.Status, question.AssigneeId, question.Version, question.History.Count);
        Action act = move switch
        {
            "claim by dana" => () => question.Claim("dana", Nine.AddMinutes(5)),
            "claim by jordan" => () => question.Claim("jordan", Nine.AddMinutes(5)),
            "release by dana" => () => question.Release("dana", Nine.AddMinutes(5)),
            "release by jordan" => () => question.Release("jordan", Nine.AddMinutes(5)),
            "reassign to jordan" => () => question.Reassign("jordan", "sam", Nine.AddMinutes(5)),
            "reassign to dana" => () => question.Reassign("dana", "sam", Nine.AddMinutes(5)),
            _ => throw new ArgumentOutOfRangeException(nameof(move)),
        };

        if (status is null)
        {
            var error = Assert.Throws<LifecycleException>(act);
            Assert.Equal(assigneeOrMessage, error.Message);
            Assert.Equal((statusBefore, assigneeBefore, versionBefore, eventsBefore), (question.Status, question.AssigneeId, question.Version, question.History.Count));
        }
        else
        {
            act();
            Assert.Equal(status, question.Status);
            Assert.Equal(assigneeOrMessage, question.AssigneeId);
            Assert.NotEqual(versionBefore, question.Version);
            Assert.Equal(eventsBefore + 1, question.History.Count);
        }
    }

    [Fact]
    public void A_new_question_is_received_with_nobody_on_it_and_a_clock_for_its_tier()
    {
        var question = NewQuestion(RiskAssessment.Routine);

        Assert.Equal(QuestionStatus.Received, question.Status);
        Assert.Null(question.AssigneeId);
        Assert.NotEqual(Guid.Empty, question.Version);
        Assert.Equal(Nine.AddDays(5), question.DueAt);
        Assert.Equal(CaseEventKind.Received, Assert.Single(question.History).Kind);
    }

    [Fact]
    public void Claiming_records_who_and_when()
    {
        var question = NewQuestion();

        question.Claim("dana", Nine.AddMinutes(5));

        Assert.Equal(Nine.AddMinutes(5), question.ClaimedAt);
        var claimed = question.History[^1];
        Assert.Equal((CaseEventKind.Claimed, "dana", Nine.AddMinutes(5), question.Id), (claimed.Kind, claimed.ActorId, claimed.At, claimed.QuestionId));
    }

    [Fact]
    public void Releasing_clears_the_claim()
    {
        var question = NewQuestion();
        question.Claim("dana", Nine);

        question.Release("dana", Nine.AddMinutes(10));

        Assert.Null(question.ClaimedAt);
        Assert.Equal(CaseEventKind.Released, question.History[^1].Kind);
    }

    [Fact]
    public void A_reassignment_records_the_supervisor_and_the_counselor()
    {
        var question = NewQuestion();

        question.Reassign("jordan", "sam", Nine);

        var reassigned = question.History[^1];
        Assert.Equal((CaseEventKind.Reassigned, "sam", "jordan"), (reassigned.Kind, reassigned.ActorId, reassigned.SubjectId));
    }

    private static string Seal(string reason) => $"sealed:{reason}";

    [Fact]
    public void A_risk_override_keeps_the_assessed_level_needs_a_reason_and_moves_the_clock()
    {
        var question = NewQuestion(RiskAssessment.Routine);
        var version = question.Version;

        var noReason = Assert.Throws<DomainValidationException>(() => question.OverrideRisk(RiskLevel.Crisis, "too short", Seal, "sup", Nine, ResponseTargets.Default));
        Assert.Equal("Reason", Assert.Single(noReason.Errors).Field);
        Assert.Throws<DomainValidationException>(() => question.OverrideRisk(RiskLevel.Crisis, new string('x', 1001), Seal, "sup", Nine, ResponseTargets.Default));
        Assert.Equal((version, RiskLevel.Routine, (RiskOverride?)null), (question.Version, question.EffectiveRiskLevel, question.RiskOverride));
        question.OverrideRisk(RiskLevel.Crisis, "Mentions a weapon in the house in the second paragraph.", Seal, "sup", Nine.AddMinutes(20), ResponseTargets.Default);

        Assert.Equal(RiskLevel.Routine, question.RiskLevel);
        Assert.Equal(RiskLevel.Crisis, question.EffectiveRiskLevel);
        Assert.Equal("sup", question.RiskOverride!.By);
        Assert.Equal(Nine.AddHours(1), question.DueAt);
        Assert.Equal("Routine → Crisis", question.History[^1].Detail);
        Assert.Equal("sealed:Mentions a weapon in the house in the second paragraph.", question.History[^1].SealedNote);
        Assert.Equal(question.History[^1].SealedNote, question.RiskOverride.SealedReason);
        var same = Assert.Throws<DomainValidationException>(() =>
            question.OverrideRisk(RiskLevel.Crisis, "Still a crisis, says the supervisor.", Seal, "sup", Nine, ResponseTargets.Default));
        Assert.Equal(new FieldError("Level", "The risk level is already Crisis. Choose another level."), Assert.Single(same.Errors));
    }

    [Fact]
    public void A_counselor_may_raise_the_risk_level_but_never_lower_it()
    {
        var question = NewQuestion(RiskAssessment.Routine);
        question.RaiseRisk(RiskLevel.High, "Says the ex still has a key to the flat.", Seal, "jordan", Nine, ResponseTargets.Default);
        Assert.Equal((RiskLevel.High, "jordan"), (question.EffectiveRiskLevel, question.RiskOverride!.By));
        var version = question.Version;

        var lower = Assert.Throws<DomainValidationException>(() =>
            question.RaiseRisk(RiskLevel.Routine, "On reflection this reads as ordinary.", Seal, "jordan", Nine, ResponseTargets.Default));

        Assert.Equal("Level", Assert.Single(lower.Errors).Field);
        Assert.Contains("Only a supervisor can lower", lower.Errors[0].Message);
        Assert.Equal((version, RiskLevel.High), (question.Version, question.EffectiveRiskLevel));
        question.OverrideRisk(RiskLevel.Elevated, "Spoke with the counselor: the key was returned.", Seal, "sup", Nine, ResponseTargets.Default);
        Assert.Equal(RiskLevel.Elevated, question.EffectiveRiskLevel);
    }

    [Fact]
    public void A_case_flagged_for_a_supervisor_waits_with_its_reason_until_one_takes_it_even_once_answered()
    {
        var question = NewQuestion(RiskAssessment.Routine);
        var tooShort = Assert.Throws<DomainValidationException>(() => question.FlagForSupervisor("help", Seal, "jordan", Nine));
        Assert.Equal(("Reason", "Write what the supervisor should look at, in a sentence others can follow."),
            (Assert.Single(tooShort.Errors).Field, tooShort.Errors[0].Message));
        Assert.Null(question.EscalatedAt);

        question.FlagForSupervisor("  Mentions a custody hearing next week; please read before I answer.  ", Seal, "jordan", Nine);

        Assert.Equal((Nine, EscalationReason.Flagged), (question.EscalatedAt, question.EscalationReason));
        Assert.Equal((CaseEventKind.FlaggedForSupervisor, "jordan", "sealed:Mentions a custody hearing next week; please read before I answer."),
            (question.History[^1].Kind, question.History[^1].ActorId, question.History[^1].SealedNote));
        Assert.Throws<LifecycleException>(() => question.FlagForSupervisor("Another reason, long enough.", Seal, "ana", Nine));
        Assert.True(Question.AwaitsSupervisor.Compile()(question));
        question.TakeEscalation("sup", Nine.AddMinutes(5));
        Assert.False(question.IsAwaitingSupervisor);
    }

    [Fact]
    public void A_note_is_trimmed_and_refused_when_empty_too_long_or_with_control_characters()
    {
        Assert.Equal("Called the school.", CaseEvent.CheckNote("  Called the school.  "));
        Assert.Equal("Write the note before adding it.", Assert.Throws<DomainValidationException>(() => CaseEvent.CheckNote("   ")).Errors[0].Message);
        Assert.Contains("4,000 characters or fewer", Assert.Throws<DomainValidationException>(() => CaseEvent.CheckNote(new string('a', 4001))).Message);
        Assert.Contains("characters we cannot show", Assert.Throws<DomainValidationException>(() => CaseEvent.CheckNote("bell\a")).Message);
        Assert.Equal("line one\nline two", CaseEvent.CheckNote("line one\nline two"));
    }

    private static Question NewQuestion(RiskAssessment? risk = null) => Question.Receive(
        QuestionSubmission.Create(ScreeningAnswers.AllClear, Topic.Anxiety, "Worry", "I worry all the time and cannot sleep at night.",
            null, null, null, "Quiet Reader", null, null, false, false),
        risk ?? RiskAssessment.Routine, ReferenceCode.New(), "hash", new SealedContent("t", "x", "p", null, "s"), Nine, ResponseTargets.Default);
}
