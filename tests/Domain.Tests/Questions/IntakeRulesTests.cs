using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.Questions;

public sealed class IntakeRulesTests
{
    private const string Body = "My husband refuses to see a counselor with me and I do not know what to do.";

    [Theory]
    [InlineData("", "Enter a short title for your question.")]
    [InlineData("   ", "Enter a short title for your question.")]
    [InlineData("Line one\nline two", "The title must be one line of text.")]
    public void A_bad_title_is_explained(string title, string message)
    {
        Assert.Equal(message, Assert.Single(IntakeRules.CheckQuestion(title, Body)).Message);
    }

    [Fact]
    public void A_title_over_120_characters_is_refused()
    {
        Assert.Equal("The title must be 120 characters or fewer. You have 1 character too many.", Assert.Single(IntakeRules.CheckQuestion(new string('a', 121), Body)).Message);
    }

    [Theory]
    [InlineData("", "Enter your question.")]
    [InlineData("        \n   ", "Enter your question.")]
    [InlineData("Too short to help", "Your question must be at least 20 characters. Tell us a little more.")]
    [InlineData("A question with a bell \u0007 character in it", "Your question contains characters we cannot show. Remove them and try again.")]
    public void A_bad_question_is_explained(string text, string message)
    {
        var error = Assert.Single(IntakeRules.CheckQuestion("Title", text));

        Assert.Equal("Text", error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Half_of_an_emoji_is_refused_as_a_character_we_cannot_show()
    {
        // Built in code: an attribute cannot hold half a surrogate pair.
        var text = "A question with half an emoji " + '\ud83d' + " in it, cut short";

        var error = Assert.Single(IntakeRules.CheckQuestion("Title", text));

        Assert.Equal("Your question contains characters we cannot show. Remove them and try again.", error.Message);
    }

    [Fact]
    public void Whole_emoji_right_to_left_text_and_combining_marks_are_ordinary_characters()
    {
        Assert.Empty(IntakeRules.CheckQuestion("Title", "My partner 👩🏽‍⚕️ and I argue. שלום. مرحبا. Cafe\u0301 every morning."));
    }

    [Fact]
    public void A_question_over_ten_thousand_characters_is_refused_with_its_length()
    {
        var error = Assert.Single(IntakeRules.CheckQuestion("Title", new string('a', 10_001)));

        Assert.Equal("Your question must be 10,000 characters or fewer. You have 1 character too many.", error.Message);
    }

    [Fact]
    public void Markup_is_just_text_and_is_accepted()
    {
        Assert.Empty(IntakeRules.CheckQuestion("<b>Help</b>", "<script>alert('hi')</script> is what my son typed into my laptop"));
    }

    [Theory]
    [InlineData("", "Enter a pen name")]
    [InlineData("jane.doe@example.com", "must not be an email address")]
    [InlineData("555 867 5309", "must not be a phone number")]
    [InlineData("(614) 555-0100 Mom", "must not be a phone number")]
    [InlineData("Tab\tName", "one line of text")]
    public void A_pen_name_that_would_identify_or_break_is_refused(string penName, string message)
    {
        var error = Assert.Single(IntakeRules.CheckSigningOff(penName, null, null));

        Assert.Equal("PenName", error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pen_name_over_60_characters_is_refused()
    {
        Assert.Equal("Your pen name must be 60 characters or fewer. You have 1 character too many.", Assert.Single(IntakeRules.CheckSigningOff(new string('x', 61), null, null)).Message);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("with space@example.com")]
    [InlineData("<x>@example.com")]
    public void A_bad_email_address_is_refused(string email)
    {
        Assert.Equal("Email", Assert.Single(IntakeRules.CheckSigningOff("Worried Mom", email, true)).Field);
    }

    [Fact]
    public void An_email_address_needs_an_answer_about_whether_it_is_safe()
    {
        Assert.Equal("EmailIsSafe", Assert.Single(IntakeRules.CheckSigningOff("Worried Mom", "mom@example.com", null)).Field);
    }

    [Fact]
    public void An_address_that_is_not_safe_to_email_is_not_kept()
    {
        var submission = Submit(email: "mom@example.com", emailIsSafe: false);

        Assert.Null(submission.Email);
    }

    [Fact]
    public void Submitting_tidies_the_answers()
    {
        var submission = Submit(email: " mom@example.com ", emailIsSafe: true);

        Assert.Equal("Dragging Him to Therapy", submission.PenName);
        Assert.Equal("mom@example.com", submission.Email);
        Assert.Equal("OH", submission.State);
    }

    [Fact]
    public void Submitting_reports_every_broken_rule_at_once()
    {
        var error = Assert.Throws<DomainValidationException>(() => QuestionSubmission.Create(
            ScreeningAnswers.AllClear, null, "", "short", null, "ZZ", "Klingon", "", "bad", null, false, false));

        Assert.Equal(["Topic", "Title", "Text", "State", "Language", "PenName", "Email"], error.Errors.Select(e => e.Field));
    }

    private static QuestionSubmission Submit(string? email, bool? emailIsSafe) => QuestionSubmission.Create(
        ScreeningAnswers.AllClear, Topic.CouplesAndMarriage, " Therapy ", Body, AgeRange.From35To44, "oh", "English",
        "  Dragging Him to Therapy ", email, emailIsSafe, true, false);
}
