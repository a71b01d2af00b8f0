using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.Publishing;

public sealed class CommentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("", "ann@example.com", "Thank you", true, "Name")]
    [InlineData("Ann", "", "Thank you", true, "Email")]
    [InlineData("Ann", "ann@", "Thank you", true, "Email")]
    [InlineData("Ann", "ann@example.com", "Hey", true, "Text")]
    [InlineData("Ann", "ann@example.com", "   ", true, "Text")]
    [InlineData("Ann", "ann@example.com", "Thank you", false, "AcceptsTerms")]
    public void Every_field_is_required_and_checked(string name, string email, string text, bool terms, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => CommentForm.Create(name, email, text, terms));

        Assert.Equal(field, Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void A_comment_is_five_to_two_thousand_characters_and_says_how_long_it_is()
    {
        Assert.Equal("Hello", CommentForm.Create("Ann", "ann@example.com", "Hello", true).Text);
        Assert.Equal(2_000, CommentForm.Create("Ann", "ann@example.com", new string('a', 2_000), true).Text.Length);

        var error = Assert.Throws<DomainValidationException>(() => CommentForm.Create("Ann", "ann@example.com", new string('a', 2_001), true));
        Assert.Equal("Your comment must be 2,000 characters or fewer. It has 2,001.", Assert.Single(error.Errors).Message);
    }

    [Theory]
    [InlineData("Bob\u202E", "Thanks for this article")]
    [InlineData("Bob", "Thanks \u2066for this\u2069 article")]
    public void Characters_that_turn_the_text_around_are_refused(string name, string text)
    {
        var error = Assert.Throws<DomainValidationException>(() => CommentForm.Create(name, "bob@example.com", text, true));

        Assert.Contains("cannot show", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("مرحبا، شكرا لك", CommentForm.Create("سارة", "sara@example.com", "مرحبا، شكرا لك", true).Text);
    }

    [Fact]
    public void Markup_is_kept_as_typed_to_be_shown_as_text()
    {
        var form = CommentForm.Create("<script>x</script>", "ann@example.com", "<img src=x onerror=alert(1)> thanks", true);

        Assert.Equal(("<script>x</script>", "<img src=x onerror=alert(1)> thanks"), (form.Name, form.Text));
    }

    [Fact]
    public void A_comment_is_held_with_its_risk_and_a_moderator_decides()
    {
        var form = CommentForm.Create("Bea", "bea@example.com", "I have my pills saved and tonight is the night.", true);
        var risk = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, form.Text);

        var comment = Comment.Post(Guid.NewGuid(), form, "sealed", risk, Now);

        Assert.Equal((CommentState.AwaitingModeration, RiskLevel.Crisis), (comment.State, comment.Risk));
        Assert.Contains("suicide", comment.RiskReasons, StringComparison.Ordinal);
        Assert.DoesNotContain("pills", comment.RiskReasons, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => comment.Moderate(CommentState.AwaitingModeration, "mod", Now));
        comment.Moderate(CommentState.Rejected, "mod", Now);
        Assert.Equal((CommentState.Rejected, "mod"), (comment.State, comment.ModeratedBy));
    }
}
