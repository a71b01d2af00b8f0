using System.Net;
using System.Text.RegularExpressions;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Publishing;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Publishing;

/// <summary>The advice column as a reader without JavaScript sees it: plain GETs and form posts to the real host.</summary>
public abstract partial class AdviceColumnTests(PortalHost host) : IAsyncLifetime
{
    private const string Question = "My partner says I am too sensitive whenever I bring up how he talks to me. Am I?";
    private string slug = string.Empty;
    private Guid questionId;
    private (string Reference, string Passphrase) sent;

    public async ValueTask InitializeAsync()
    {
        await host.ResetAsync();
        var dana = await TestCallers.CreateAsync(host.Services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        var sam = await TestCallers.CreateAsync(host.Services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
        var submitted = await host.Services.GetRequiredService<AdviceIntake.Portal.Features.Intake.SubmitQuestion>().HandleAsync(new(
            new SafetyAnswers(false, false, HarmFrom.NoOne, false), Topic.CouplesAndMarriage, "Am I too sensitive?", Question,
            null, null, null, "Too Sensitive", null, null, false, true), Token);
        sent = (submitted.Reference!.ToString(), submitted.Passphrase!.Value);
        await using (var db = await Db())
        {
            questionId = await db.Questions.Where(q => q.Reference == submitted.Reference!).Select(q => q.Id).SingleAsync(Token);
        }

        await AnswerFlow.ReleaseAsync(host.Services, questionId, dana, sam, "Your feelings are information, not a flaw.\n\n- Notice how you feel after you talk\n- Talk to someone you trust");
        var articleId = (await host.Services.GetRequiredService<PrepareArticle>().HandleAsync(questionId, dana, Token)).ArticleId!.Value;
        Assert.True((await host.Services.GetRequiredService<PublishArticle>().HandleAsync(articleId, null, confirmed: true, sam, Token)).Succeeded);
        await using (var db = await Db())
        {
            slug = await db.Articles.Select(a => a.Slug!).SingleAsync(Token);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_index_and_the_article_are_plain_html_with_the_counselor_and_no_circuit()
    {
        using var reader = new IntakeVisitor(host.Address, "198.51.100.41");

        var index = await reader.GetAsync("/advice", Token);
        var filtered = await reader.GetAsync("/advice?topic=CouplesAndMarriage&q=SENSITIVE", Token);
        var nothing = await reader.GetAsync("/advice?topic=NoSuchTopic&q=zebra", Token);
        using var response = await reader.Client.GetAsync($"/advice/{slug}", Token);
        var article = await response.Content.ReadAsStringAsync(Token);

        Assert.Contains($"href=\"/advice/{slug}\"", index, StringComparison.Ordinal);
        Assert.Contains("1 article about couples and marriage matching", filtered, StringComparison.Ordinal);
        Assert.Contains("No article matches that search.", nothing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dear Too Sensitive,", article, StringComparison.Ordinal);
        Assert.Contains("Dana Reyes, LMFT", article, StringComparison.Ordinal);
        Assert.Contains("Therapist in Ohio", article, StringComparison.Ordinal);
        Assert.Contains("<li>Notice how you feel after you talk</li>", article, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web.js", article, StringComparison.Ordinal);
        Assert.DoesNotContain("data-article-crisis-box", article, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync("/advice/no-such-article", Token)).StatusCode);
    }

    [Fact]
    public async Task A_comment_posted_without_javascript_is_held_shown_as_text_once_approved_and_never_shows_the_email()
    {
        using var reader = new IntakeVisitor(host.Address, "198.51.100.42");

        var (_, held) = await reader.PostAsync($"/advice/{slug}", Comment("<script>alert('x')</script>", "reader@example.com", "<b>Thank</b> you, <img src=x onerror=alert(1)> this helped."), Token);
        Assert.Contains("Your comment is awaiting moderation.", held, StringComparison.Ordinal);
        Assert.DoesNotContain("data-comment-crisis-lines", held, StringComparison.Ordinal);

        var queue = await host.Services.GetRequiredService<ListComments>().HandleAsync(Token);
        var row = Assert.Single(queue.Rows);
        var moderator = new StaffMember("moderator", "Moderator", false);
        Assert.True((await host.Services.GetRequiredService<ModerateComment>().HandleAsync(row.Id, row.Version, CommentState.Approved, moderator, Token)).Succeeded);

        var article = await reader.GetAsync($"/advice/{slug}", Token);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", article, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Thank&lt;/b&gt; you, &lt;img src=x onerror=alert(1)&gt; this helped.", article, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", article, StringComparison.Ordinal);
        Assert.DoesNotContain("reader@example.com", article, StringComparison.Ordinal);
        Assert.Contains("Comments (1)", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_comment_is_refused_beside_the_field_keeping_what_was_typed_and_a_bot_is_thanked_but_kept_nowhere()
    {
        using var reader = new IntakeVisitor(host.Address, "198.51.100.43");
        var typed = new string('a', 2_001);

        var (_, refused) = await reader.PostAsync($"/advice/{slug}", Comment("Ann", "ann@example.com", typed, terms: false), Token);
        var bot = Comment("Bot", "bot@example.com", "Buy cheap watches");
        bot["Website"] = "http://spam.example";
        var (_, thanked) = await reader.PostAsync($"/advice/{slug}", bot, Token);

        Assert.Contains("Your comment must be 2,000 characters or fewer. It has 2,001.", IntakeVisitor.Problems(refused), StringComparison.Ordinal);
        Assert.Contains("Accept the comment terms to send your comment.", IntakeVisitor.Problems(refused), StringComparison.Ordinal);
        Assert.Contains("id=\"field-Text-error\"", refused, StringComparison.Ordinal);
        Assert.Contains(typed, refused, StringComparison.Ordinal);
        Assert.Contains("Your comment is awaiting moderation.", thanked, StringComparison.Ordinal);
        await using var db = await Db();
        Assert.False(await db.Comments.AnyAsync(Token));
    }

    [Fact]
    public async Task A_post_larger_than_a_comment_can_be_is_not_read_or_echoed_back()
    {
        using var reader = new IntakeVisitor(host.Address, "198.51.100.47");
        var page = await reader.GetAsync($"/advice/{slug}", Token);

        using var response = await reader.Client.PostAsync($"/advice/{slug}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = IntakeVisitor.TokenIn(page),
            ["_handler"] = "comment",
            ["Name"] = "Big",
            ["Email"] = "big@example.com",
            ["Text"] = new string('a', 200_000),
            ["AcceptsTerms"] = "yes",
        }), Token);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/advice/{slug}?form=unreadable", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_comment_that_reads_as_danger_shows_crisis_lines_at_once_and_goes_first_to_the_moderators()
    {
        using var reader = new IntakeVisitor(host.Address, "198.51.100.44");

        var (_, held) = await reader.PostAsync($"/advice/{slug}", Comment("Lee", "lee@example.com", "Same with mine. Last night he put his hands around my neck until I almost passed out."), Token);

        Assert.Contains("data-comment-crisis-lines", held, StringComparison.Ordinal);
        Assert.Contains("1-800-799-7233", held, StringComparison.Ordinal);
        var row = Assert.Single((await host.Services.GetRequiredService<ListComments>().HandleAsync(Token)).Rows);
        Assert.Equal(RiskLevel.Crisis, row.Risk);
    }

    [Fact]
    public async Task Withdrawing_consent_on_the_status_page_takes_the_article_down_at_once()
    {
        using var person = new IntakeVisitor(host.Address, "198.51.100.45");
        var (_, status) = await person.PostAsync("/status", new Dictionary<string, string> { ["reference"] = sent.Reference, ["passphrase"] = sent.Passphrase }, Token);
        Assert.Contains("Stop publication of your answer", status, StringComparison.Ordinal);

        using var response = await person.Client.PostAsync("/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = IntakeVisitor.TokenIn(status),
            ["_handler"] = "withdraw",
            ["token"] = WithdrawToken().Match(status).Groups[1].Value,
        }), Token);
        var withdrawn = await response.Content.ReadAsStringAsync(Token);

        Assert.Contains("We will not publish your answer", withdrawn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await person.Client.GetAsync($"/advice/{slug}", Token)).StatusCode);
        Assert.DoesNotContain(slug, await person.GetAsync("/advice", Token), StringComparison.Ordinal);
        var (_, again) = await person.PostAsync("/status", new Dictionary<string, string> { ["reference"] = sent.Reference, ["passphrase"] = sent.Passphrase }, Token);
        Assert.DoesNotContain("Stop publication of your answer", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_article_and_the_commenters_email_are_sealed_at_rest()
    {
        using var reader = new IntakeVisitor(host.Address, "198.51.100.46");
        await reader.PostAsync($"/advice/{slug}", Comment("Ann", "ann.private@example.com", "Thank you for writing this."), Token);

        await using var db = await Db();
        var article = await db.Articles.AsNoTracking().SingleAsync(Token);
        var comment = await db.Comments.AsNoTracking().SingleAsync(Token);
        Assert.DoesNotContain("sensitive", string.Join('|', article.Text.Headline, article.Text.Question, article.Text.PenName, article.Text.Answer), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ann.private", comment.SealedEmail, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Comment(string name, string email, string text, bool terms = true)
    {
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Email"] = email, ["Text"] = text, ["Website"] = string.Empty };
        if (terms)
        {
            fields["AcceptsTerms"] = "yes";
        }

        return fields;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<PortalDbContext> Db() => host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    [GeneratedRegex("data-withdraw[^>]*>.*?name=\"token\" value=\"([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex WithdrawToken();
}

public sealed class SqliteAdviceColumnTests(SqlitePortal host) : AdviceColumnTests(host);

public sealed class PostgresAdviceColumnTests(PostgresPortal host) : AdviceColumnTests(host);
