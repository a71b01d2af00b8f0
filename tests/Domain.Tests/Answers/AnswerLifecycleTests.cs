using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Domain.Tests.Answers;

public sealed class AnswerLifecycleTests
{
    private const string Counselor = "counselor-1";
    private const string Supervisor = "supervisor-1";
    private static readonly DateTimeOffset Nine = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Lifeline = Guid.NewGuid();
    private static readonly Guid Clinic = Guid.NewGuid();

    [Fact]
    public void Starting_the_answer_attaches_the_crisis_lines_the_risk_calls_for()
    {
        var question = Claimed();

        question.StartAnswer(Counselor, Nine, [Lifeline]);

        var referral = Assert.Single(question.Answer!.Referrals);
        Assert.True(referral.Automatic);
        Assert.Equal([Lifeline], question.Answer.ChosenResourceIds);
        Assert.Equal(AnswerState.Draft, question.Answer.State);
        Assert.Equal(CaseEventKind.AnswerStarted, question.History[^1].Kind);
    }

    [Fact]
    public void Only_the_counselor_working_on_the_question_starts_or_writes_its_answer()
    {
        var waiting = Received();
        Assert.Throws<LifecycleException>(() => waiting.StartAnswer(Counselor, Nine, []));

        var question = Started();
        Assert.Throws<LifecycleException>(() => question.WriteAnswer("sealed", null, "someone-else", Nine));
    }

    [Fact]
    public void Saving_a_draft_keeps_the_version_and_adds_no_history()
    {
        var question = Started();
        var version = question.Version;
        var events = question.History.Count;

        question.WriteAnswer("sealed body", "sealed note", Counselor, Nine.AddMinutes(3));

        Assert.Equal(version, question.Version);
        Assert.Equal(events, question.History.Count);
        Assert.Equal("sealed body", question.Answer!.SealedBody);
        Assert.Equal("sealed note", question.Answer.SealedSheetNote);
    }

    [Fact]
    public void An_empty_answer_cannot_be_sent_for_review()
    {
        var question = Started();

        var error = Assert.Throws<LifecycleException>(() => question.SubmitAnswer(Counselor, Nine));

        Assert.Equal("Write the answer before sending it for review.", error.Message);
        Assert.Equal(AnswerState.Draft, question.Answer!.State);
    }

    [Fact]
    public void Review_return_review_approve_release_walks_the_question_to_answered()
    {
        var question = Written();

        question.SubmitAnswer(Counselor, Nine);
        Assert.Equal((AnswerState.InReview, QuestionStatus.InReview), (question.Answer!.State, question.Status));
        Assert.Throws<LifecycleException>(() => question.WriteAnswer("changed", null, Counselor, Nine));

        question.ReturnAnswer("sealed comment", Supervisor, Nine.AddHours(1));
        Assert.Equal((AnswerState.Returned, QuestionStatus.Claimed), (question.Answer.State, question.Status));
        Assert.Equal("sealed comment", question.History[^1].SealedNote);

        question.WriteAnswer("better", null, Counselor, Nine.AddHours(2));
        question.SubmitAnswer(Counselor, Nine.AddHours(2));
        question.ApproveAnswer(Supervisor, Nine.AddHours(3));
        Assert.Equal((AnswerState.Approved, QuestionStatus.InReview), (question.Answer.State, question.Status));
        Assert.Equal((Supervisor, Nine.AddHours(3)), (question.Answer.ReviewerId, question.Answer.ReviewedAt));

        question.ReleaseAnswer(Supervisor, Nine.AddHours(4));
        Assert.Equal((AnswerState.Released, QuestionStatus.Answered), (question.Answer.State, question.Status));
        Assert.Equal(Nine.AddHours(4), question.Answer.ReleasedAt);
        Assert.Equal(
            [CaseEventKind.AnswerSubmitted, CaseEventKind.AnswerReturned, CaseEventKind.AnswerSubmitted, CaseEventKind.AnswerApproved, CaseEventKind.AnswerReleased],
            question.History.Select(e => e.Kind).Where(k => k >= CaseEventKind.AnswerSubmitted));
    }

    [Fact]
    public void Illegal_moves_say_why_and_change_nothing()
    {
        var question = Written();
        var version = question.Version;

        Assert.Equal("Only an answer waiting for review can be approved or returned.",
            Assert.Throws<LifecycleException>(() => question.ApproveAnswer(Supervisor, Nine)).Message);
        Assert.Equal("Only an answer a supervisor has approved can be released.",
            Assert.Throws<LifecycleException>(() => question.ReleaseAnswer(Supervisor, Nine)).Message);

        question.SubmitAnswer(Counselor, Nine);
        version = question.Version;
        Assert.Equal("Another supervisor must review an answer you wrote.",
            Assert.Throws<LifecycleException>(() => question.ApproveAnswer(Counselor, Nine)).Message);
        Assert.Throws<LifecycleException>(() => question.SubmitAnswer(Counselor, Nine));
        Assert.Equal((AnswerState.InReview, version), (question.Answer!.State, question.Version));

        question.ApproveAnswer(Supervisor, Nine);
        question.ReleaseAnswer(Supervisor, Nine);
        Assert.Equal("This answer has already been released.",
            Assert.Throws<LifecycleException>(() => question.ReleaseAnswer(Supervisor, Nine)).Message);
        Assert.Throws<LifecycleException>(() => question.ReturnAnswer("sealed", Supervisor, Nine));
    }

    [Fact]
    public void A_chosen_service_comes_off_without_a_reason_but_a_crisis_line_only_with_one()
    {
        var question = Started();
        question.AttachReferral(Clinic, "Riverside Family Center", Counselor, Nine);
        Assert.Throws<LifecycleException>(() => question.AttachReferral(Clinic, "Riverside Family Center", Counselor, Nine));

        question.RemoveReferral(Clinic, "Riverside Family Center", null, Counselor, Nine);
        Assert.Equal([Lifeline], question.Answer!.ChosenResourceIds);

        var refused = Assert.Throws<DomainValidationException>(() => question.RemoveReferral(Lifeline, "988", null, Counselor, Nine));
        Assert.Equal("Reason", Assert.Single(refused.Errors).Field);
        Assert.Equal([Lifeline], question.Answer.ChosenResourceIds);

        question.RemoveReferral(Lifeline, "988", "sealed reason", Counselor, Nine);
        Assert.Empty(question.Answer.ChosenResourceIds);
        Assert.Equal(("988", "sealed reason"), (question.History[^1].Detail, question.History[^1].SealedNote));
        Assert.True(Assert.Single(question.Answer.Referrals).Removed);

        question.AttachReferral(Lifeline, "988", Counselor, Nine);
        Assert.Equal([Lifeline], question.Answer.ChosenResourceIds);
    }

    [Fact]
    public void Answer_rules_refuse_an_empty_answer_and_a_short_reason_and_keep_text_as_typed()
    {
        Assert.Equal("Hello <b>there</b>", AnswerRules.CheckFinished("  Hello <b>there</b> "));
        Assert.Equal(string.Empty, AnswerRules.CheckDraft(null));
        Assert.Equal("Body", Assert.Single(Assert.Throws<DomainValidationException>(() => AnswerRules.CheckFinished(" ")).Errors).Field);
        Assert.Throws<DomainValidationException>(() => AnswerRules.CheckRemovalReason("no"));
        Assert.Throws<DomainValidationException>(() => AnswerRules.CheckDraft(new string('a', AnswerRules.BodyMaxLength + 1)));
        Assert.Throws<DomainValidationException>(() => AnswerRules.CheckComment("\ud800 broken"));
    }

    private static Question Received() => Question.Receive(
        QuestionSubmission.Create(ScreeningAnswers.AllClear, Topic.Anxiety, "Worry", "I worry all the time and cannot sleep at night.",
            null, null, null, "Quiet Reader", null, null, false, false),
        RiskAssessment.Routine, ReferenceCode.New(), "hash", new SealedContent("t", "x", "p", null, "s"), Nine, ResponseTargets.Default);

    private static Question Claimed()
    {
        var question = Received();
        question.Claim(Counselor, Nine);
        return question;
    }

    private static Question Started()
    {
        var question = Claimed();
        question.StartAnswer(Counselor, Nine, [Lifeline]);
        return question;
    }

    private static Question Written()
    {
        var question = Started();
        question.WriteAnswer("sealed body", null, Counselor, Nine);
        return question;
    }
}

public sealed class SnippetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_snippet_fills_in_the_pen_name_and_the_counselor()
    {
        var snippet = Snippet.Create("Refusing therapy", "Dear {PenName}'s partner may need time.\n\n{CounselorName} suggests…", "sup", Now);

        Assert.Equal("Dear Tired Wife's partner may need time.\n\nDana Reyes suggests…", snippet.Fill("Tired Wife", "Dana Reyes"));
    }

    [Fact]
    public void A_snippet_needs_a_title_and_text_and_known_placeholders()
    {
        var error = Assert.Throws<DomainValidationException>(() => Snippet.Create(" ", "Hello {Name}", "sup", Now));

        Assert.Equal(["Title", "Body"], error.Errors.Select(e => e.Field));
        Assert.Contains("{Name} is not a placeholder", error.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_that_are_not_a_placeholder_word_stay_as_written()
    {
        var snippet = Snippet.Create("Math", "Try {1, 2, 3} steps { }", "sup", Now);

        Assert.Equal("Try {1, 2, 3} steps { }", snippet.Fill("A", "B"));
    }
}
