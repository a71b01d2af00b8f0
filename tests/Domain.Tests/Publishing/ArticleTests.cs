using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Tests.Publishing;

public sealed class ArticleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly SealedArticle Sealed = new("h", "p", "q", "a");

    [Fact]
    public void A_draft_is_published_taken_down_edited_and_published_again_at_an_address_that_follows_its_headline()
    {
        var article = Draft();

        article.Publish("supervisor", "When He Won't Try Counselling!", Now);
        var slug = article.Slug!;
        article.Unpublish(Now.AddDays(1));
        article.Edit(Sealed with { Headline = "changed" }, Topic.Family, Now.AddDays(2));
        article.Publish("supervisor", "When He Won't Try Counselling!", Now.AddDays(3));
        var same = article.Slug;
        article.Unpublish(Now.AddDays(4));
        article.Publish("supervisor", "When Mark Won't Try Counselling", Now.AddDays(5));

        Assert.Equal(ArticleState.Published, article.State);
        Assert.Matches("^when-he-wont-try-counselling-[0-9a-f]{4}$", slug);
        Assert.Equal(slug, same);
        Assert.Equal(slug.Replace("he-", "mark-", StringComparison.Ordinal), article.Slug);
        Assert.Equal((Topic.Family, Now.AddDays(5)), (article.Topic, article.PublishedAt));
    }

    [Fact]
    public void A_published_article_is_not_edited_in_place_and_a_draft_cannot_be_taken_down()
    {
        var draft = Draft();
        Assert.Throws<LifecycleException>(() => draft.Unpublish(Now));

        draft.Publish("supervisor", "Headline", Now);
        Assert.Throws<LifecycleException>(() => draft.Edit(Sealed, Topic.Family, Now));
        Assert.Throws<LifecycleException>(() => draft.Publish("supervisor", "Headline", Now));
    }

    [Fact]
    public void Withdrawn_consent_takes_it_down_for_good()
    {
        var article = Draft();
        article.Publish("supervisor", "Headline", Now);

        article.Withdraw(Now.AddHours(1));
        article.Withdraw(Now.AddHours(2));

        Assert.Equal((ArticleState.Withdrawn, Now.AddHours(1)), (article.State, article.TakenDownAt));
        Assert.False(article.IsEditable);
        var refused = Assert.Throws<LifecycleException>(() => article.Publish("supervisor", "Headline", Now));
        Assert.Contains("withdrew their consent", refused.Message, StringComparison.Ordinal);
        Assert.Throws<LifecycleException>(() => article.Edit(Sealed, Topic.Family, Now));
    }

    [Theory]
    [InlineData("¿Por qué mi esposo no quiere ir a terapia?", "por-que-mi-esposo-no-quiere-ir-a-terapia-")]
    [InlineData("***", "advice-")]
    [InlineData("She's 16 & he's 30: is that OK?", "shes-16-hes-30-is-that-ok-")]
    public void An_address_is_the_headline_in_plain_words_and_a_few_characters_of_the_id(string headline, string start)
    {
        var slug = ArticleSlug.For(headline, Guid.CreateVersion7(Now));

        Assert.StartsWith(start, slug, StringComparison.Ordinal);
        Assert.Matches("^[a-z0-9-]+$", slug);
    }

    [Fact]
    public void A_long_headline_is_cut_at_a_word()
    {
        var slug = ArticleSlug.For(string.Join(' ', Enumerable.Repeat("counselling", 20)), Guid.CreateVersion7(Now));

        Assert.True(slug.Length <= ArticleSlug.MaxLength, slug);
        Assert.Matches("^(counselling-)+[0-9a-f]{4}$", slug);
    }

    [Fact]
    public void The_text_must_have_every_part_within_its_length()
    {
        var error = Assert.Throws<DomainValidationException>(() => ArticleText.Create(" ", new string('p', 61), "", new string('a', ArticleText.AnswerMaxLength + 1)));

        Assert.Equal(["Headline", "PenName", "Question", "Answer"], error.Errors.Select(e => e.Field));
        Assert.Equal("Tidy headline", ArticleText.Create("  Tidy   headline ", "Pen", "Q", "A").Headline);
    }

    private static Article Draft() =>
        Article.Prepare(Guid.NewGuid(), Sealed, Topic.CouplesAndMarriage, Concerns.None, new LetterSignature("Dana Reyes", "LMFT", "Bio"), "counselor", Now);
}
