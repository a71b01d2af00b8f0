using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Publishing;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Publishing;

/// <summary>From a released, consented answer to a public article with moderated comments, on a real SQLite database.</summary>
public sealed class PublishingUseCaseTests : IAsyncLifetime
{
    private const string Text = "My husband, Mark Delaney, refuses counselling. Call me on 614-555-0182 or write to jo.delaney@example.com. "
        + "We live at 42 Elm Street in Dayton.";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;

    public async ValueTask InitializeAsync()
    {
        (portal, services) = await PortalServices.StartAsync(clock);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task A_draft_copies_the_question_and_answer_marks_what_identifies_and_leaves_the_case_as_it_was()
    {
        var questionId = await AnsweredAsync(consents: true);

        var prepared = await Use<PrepareArticle>().HandleAsync(questionId, dana, Token);

        var editing = (await Use<LoadArticle>().HandleAsync(prepared.ArticleId!.Value, dana, Token))!;
        Assert.Equal((ArticleState.Draft, "He won't go to counselling", "Tired in Ohio", Text), (editing.State, editing.Text.Headline, editing.Text.PenName, editing.Text.Question));
        Assert.Equal("Dana Reyes, LMFT", editing.Signature);
        Assert.Contains(editing.InQuestion, d => d.Kind == DetailKind.Phone && d.Text.Contains("614-555-0182", StringComparison.Ordinal));
        Assert.Contains(editing.InQuestion, d => d.Kind == DetailKind.Email);
        Assert.Contains(editing.InQuestion, d => d.Kind == DetailKind.Name && d.Text.Contains("Mark", StringComparison.Ordinal));
        Assert.Equal(prepared.ArticleId, (await Use<PrepareArticle>().HandleAsync(questionId, dana, Token)).ArticleId);

        var saved = await Use<SaveArticle>().HandleAsync(new SaveArticle.Input(
            editing.Id, editing.Version, "When he won't try counselling", "Tired", "My husband refuses counselling.", "Dear reader, you can go alone.", Topic.CouplesAndMarriage), Token);
        Assert.True(saved.Succeeded);
        Assert.Equal(0, (await Use<LoadArticle>().HandleAsync(editing.Id, dana, Token))!.Marks);

        await using var db = await Db();
        var question = await db.Questions.AsNoTracking().SingleAsync(q => q.Id == questionId, Token);
        Assert.Equal(Text, Use<QuestionProtector>().OpenText(question.Sealed));
        var row = await db.Articles.AsNoTracking().SingleAsync(Token);
        Assert.DoesNotContain("counselling", row.Text.Question, StringComparison.Ordinal);
        Assert.Equal(2, await db.AuditRecords.CountAsync(r => r.ActionName == nameof(AuditAction.ArticleOpened), Token));
        Assert.Contains(await db.CaseEvents.Where(e => e.QuestionId == questionId).Select(e => e.Kind).ToListAsync(Token), k => k == CaseEventKind.ArticlePrepared);
    }

    [Fact]
    public async Task No_article_without_consent_and_an_edit_that_breaks_the_rules_changes_nothing()
    {
        var refused = await Use<PrepareArticle>().HandleAsync(await AnsweredAsync(consents: false), dana, Token);
        Assert.Null(refused.ArticleId);
        Assert.Contains("not consented", refused.Problem, StringComparison.Ordinal);

        var articleId = (await Use<PrepareArticle>().HandleAsync(await AnsweredAsync(consents: true), dana, Token)).ArticleId!.Value;
        var editing = (await Use<LoadArticle>().HandleAsync(articleId, dana, Token))!;
        var bad = await Use<SaveArticle>().HandleAsync(new SaveArticle.Input(articleId, editing.Version, " ", "Tired", new string('x', 10_001), "An answer.", Topic.Family), Token);
        Assert.Equal(["Headline", "Question"], bad.Errors.Select(e => e.Field));
        Assert.Equal(editing.Text, (await Use<LoadArticle>().HandleAsync(articleId, dana, Token))!.Text);
    }

    [Fact]
    public async Task A_supervisor_publishes_readers_find_it_and_withdrawn_consent_takes_it_down_for_good()
    {
        var questionId = await AnsweredAsync(consents: true);
        var articleId = (await Use<PrepareArticle>().HandleAsync(questionId, dana, Token)).ArticleId!.Value;

        Assert.False((await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: true, dana, Token)).Succeeded);
        var unconfirmed = await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: false, sam, Token);
        Assert.Equal(PublishArticle.ConfirmedField, Assert.Single(unconfirmed.Errors).Field);
        Assert.True((await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: true, sam, Token)).Succeeded);

        var slug = (await Use<LoadArticle>().HandleAsync(articleId, sam, Token))!.Slug!;
        Assert.StartsWith("he-wont-go-to-counselling-", slug, StringComparison.Ordinal);
        var read = (await Use<ReadAdvice>().ArticleAsync(slug, Token))!;
        Assert.Equal(("Dana Reyes, LMFT", "Therapist in Ohio"), (read.Counselor.NameAndCredentials, read.Counselor.Bio));
        Assert.Equal(Concerns.DomesticViolence, read.Concerns);
        Assert.Single((await Use<ReadAdvice>().IndexAsync(Topic.TraumaAndAbuse, "COUNSELLING", Token)).Articles);
        Assert.Empty((await Use<ReadAdvice>().IndexAsync(Topic.TraumaAndAbuse, "gardening", Token)).Articles);
        Assert.Single((await Use<ReadAdvice>().IndexAsync(null, "husband\tcounseling won\u2019t", Token)).Articles);
        Assert.Single((await Use<ReadAdvice>().IndexAsync(null, "counsel gardening", Token)).Articles);
        Assert.Single((await Use<ReadAdvice>().IndexAsync(null, "the and **", Token)).Articles);
        Assert.Empty((await Use<ReadAdvice>().IndexAsync(Topic.Parenting, null, Token)).Articles);

        Assert.True((await Use<UnpublishArticle>().HandleAsync(articleId, sam, Token)).Succeeded);
        Assert.Null(await Use<ReadAdvice>().ArticleAsync(slug, Token));
        Assert.True((await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: true, sam, Token)).Succeeded);
        Assert.Equal(slug, (await Use<ReadAdvice>().ArticleAsync(slug, Token))!.Slug);

        Assert.True(await Use<WithdrawPublicationConsent>().HandleAsync(questionId, Token));

        Assert.Null(await Use<ReadAdvice>().ArticleAsync(slug, Token));
        Assert.Equal(0, (await Use<ReadAdvice>().IndexAsync(null, null, Token)).Total);
        var again = await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: true, sam, Token);
        Assert.Contains("no longer consents", Assert.Single(again.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("not consented", (await Use<PrepareArticle>().HandleAsync(questionId, dana, Token)).Problem, StringComparison.Ordinal);
        await using var db = await Db();
        Assert.Equal(2 + 1, await db.AuditRecords.CountAsync(r => r.ActionName == nameof(AuditAction.ArticlePublicationChanged), Token));
    }

    [Fact]
    public async Task Comments_are_held_a_flagged_one_is_moderated_first_bots_and_floods_are_kept_out()
    {
        var slug = await PublishedAsync();
        var post = Use<PostComment>();

        var calm = await post.HandleAsync(new PostComment.Input(slug, "Ann", "ann@example.com", "This helped me <b>so</b> much.", true, null, "client-a"), Token);
        clock.Advance(TimeSpan.FromMinutes(1));
        var danger = await post.HandleAsync(new PostComment.Input(slug, "Bea", "bea@example.com", "I have saved up my sleeping pills and tonight I will take them all.", true, null, "client-b"), Token);
        var bot = await post.HandleAsync(new PostComment.Input(slug, "Bot", "bot@example.com", "Cheap watches here", true, "http://spam.example", "client-c"), Token);

        Assert.Equal((PostComment.Outcome.Held, false), (calm.Outcome, calm.Risk.IsFlagged));
        Assert.Equal((PostComment.Outcome.Held, true), (danger.Outcome, danger.Risk.IsFlagged));
        Assert.Equal(PostComment.Outcome.Held, bot.Outcome);
        var queue = await Use<ListComments>().HandleAsync(Token);
        Assert.Equal(["Bea", "Ann"], queue.Rows.Select(r => r.Name));
        Assert.Contains("suicide", queue.Rows[0].RiskReasons, StringComparison.Ordinal);

        var ann = queue.Rows[1];
        Assert.Empty((await Use<ReadAdvice>().ArticleAsync(slug, Token))!.Comments);
        Assert.True((await Use<ModerateComment>().HandleAsync(ann.Id, ann.Version, CommentState.Approved, dana, Token)).Succeeded);
        Assert.False((await Use<ModerateComment>().HandleAsync(ann.Id, ann.Version, CommentState.Spam, sam, Token)).Succeeded);
        Assert.True((await Use<ModerateComment>().HandleAsync(queue.Rows[0].Id, queue.Rows[0].Version, CommentState.Rejected, dana, Token)).Succeeded);
        var shown = Assert.Single((await Use<ReadAdvice>().ArticleAsync(slug, Token))!.Comments);
        Assert.Equal(("Ann", "This helped me <b>so</b> much."), (shown.Name, shown.Text));

        var results = new List<PostComment.Outcome>();
        for (var i = 0; i < 11; i++)
        {
            results.Add((await post.HandleAsync(new PostComment.Input(slug, "Cy", "cy@example.com", $"Comment number {i}", true, null, "client-d"), Token)).Outcome);
        }

        Assert.Equal(PostComment.Outcome.TooMany, results[^1]);
        var invalid = await post.HandleAsync(new PostComment.Input(slug, "", "not-an-email", "hey", false, null, "client-e"), Token);
        Assert.Equal(["Name", "Email", "Text", "AcceptsTerms"], invalid.Errors.Select(e => e.Field));
        Assert.Equal(PostComment.Outcome.NoArticle, (await post.HandleAsync(new PostComment.Input("no-such-article", "Di", "di@example.com", "Hello there", true, null, "client-f"), Token)).Outcome);

        await using var db = await Db();
        Assert.Equal(12, await db.Comments.CountAsync(Token));
        Assert.DoesNotContain(await db.Comments.Select(c => c.SealedEmail).ToListAsync(Token), e => e!.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commenters_emails_are_erased_after_the_retention_period()
    {
        var slug = await PublishedAsync();
        await Use<PostComment>().HandleAsync(new PostComment.Input(slug, "Ann", "ann@example.com", "Thank you for this.", true, null, "a"), Token);
        clock.Advance(TimeSpan.FromDays(89));
        await Use<PostComment>().HandleAsync(new PostComment.Input(slug, "Bo", "bo@example.com", "Thank you too.", true, null, "b"), Token);
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await Use<EraseCommentEmails>().HandleAsync(Token));

        await using var db = await Db();
        var emails = await db.Comments.OrderBy(c => c.PostedAt).Select(c => c.SealedEmail).ToListAsync(Token);
        Assert.Null(emails[0]);
        Assert.NotNull(emails[1]);
    }

    [Fact]
    public async Task Someone_in_danger_sees_crisis_lines_even_when_their_comment_is_refused()
    {
        var slug = await PublishedAsync();
        const string Danger = "I took all of my sleeping pills an hour ago and I feel so drowsy.";

        var noTerms = await Use<PostComment>().HandleAsync(new PostComment.Input(slug, "Di", "di@example.com", Danger, false, null, "client-g"), Token);
        for (var i = 0; i < 10; i++)
        {
            await Use<PostComment>().HandleAsync(new PostComment.Input(slug, "Ed", "ed@example.com", $"Comment {i} here", true, null, "client-h"), Token);
        }

        var limited = await Use<PostComment>().HandleAsync(new PostComment.Input(slug, "Ed", "ed@example.com", Danger, true, null, "client-h"), Token);

        Assert.Equal((PostComment.Outcome.Invalid, true), (noTerms.Outcome, noTerms.Risk.IsFlagged));
        Assert.Equal((PostComment.Outcome.TooMany, true), (limited.Outcome, limited.Risk.IsFlagged));
        Assert.True(limited.Risk.Concerns.HasFlag(Concerns.Poisoning));
    }

    [Fact]
    public async Task A_shown_comment_can_be_taken_down_and_the_queue_marks_what_may_identify_someone()
    {
        var slug = await PublishedAsync();
        await Use<PostComment>().HandleAsync(new PostComment.Input(slug, "Keisha", "k@example.com", "Call me on 918-555-0142, I live at 412 Maple Street.", true, null, "a"), Token);
        var waiting = Assert.Single((await Use<ListComments>().HandleAsync(Token)).Rows);
        Assert.Contains(waiting.Marks, m => m.Kind == DetailKind.Phone);

        Assert.True((await Use<ModerateComment>().HandleAsync(waiting.Id, waiting.Version, CommentState.Approved, dana, Token)).Succeeded);
        var shown = Assert.Single((await Use<ListComments>().HandleAsync(Token)).Shown);
        Assert.True((await Use<ModerateComment>().HandleAsync(shown.Id, shown.Version, CommentState.Rejected, sam, Token)).Succeeded);

        Assert.Empty((await Use<ReadAdvice>().ArticleAsync(slug, Token))!.Comments);
        Assert.Empty((await Use<ListComments>().HandleAsync(Token)).Shown);
    }

    [Fact]
    public async Task The_retention_sweep_removes_drafts_keeps_a_published_article_and_the_person_can_still_withdraw_it()
    {
        var published = await AnsweredAsync(consents: true);
        var publishedId = (await Use<PrepareArticle>().HandleAsync(published, dana, Token)).ArticleId!.Value;
        await Use<PublishArticle>().HandleAsync(publishedId, null, confirmed: true, sam, Token);
        var drafted = await AnsweredAsync(consents: true);
        var draftId = (await Use<PrepareArticle>().HandleAsync(drafted, dana, Token)).ArticleId!.Value;

        Assert.True(await Use<EraseQuestion>().HandleAsync(published, atTheirRequest: false, Token));
        Assert.True(await Use<EraseQuestion>().HandleAsync(drafted, atTheirRequest: false, Token));

        await using (var db = await Db())
        {
            Assert.Equal([publishedId], await db.Articles.Select(a => a.Id).ToListAsync(Token));
            Assert.False(await db.Articles.AnyAsync(a => a.Id == draftId, Token));
        }

        Assert.Equal(1, (await Use<ReadAdvice>().IndexAsync(null, null, Token)).Total);
        Assert.True(await Use<WithdrawPublicationConsent>().HandleAsync(published, Token));
        Assert.Equal(0, (await Use<ReadAdvice>().IndexAsync(null, null, Token)).Total);
    }

    [Fact]
    public async Task A_draft_of_a_question_since_erased_or_withdrawn_cannot_be_published()
    {
        var questionId = await AnsweredAsync(consents: true);
        var articleId = (await Use<PrepareArticle>().HandleAsync(questionId, dana, Token)).ArticleId!.Value;
        await using (var db = await Db())
        {
            // As if consent went while the draft was being prepared: the question says no, the draft is still a draft.
            var question = await db.Questions.SingleAsync(q => q.Id == questionId, Token);
            question.WithdrawPublicationConsent(clock.GetUtcNow());
            await db.SaveChangesAsync(Token);
        }

        var refused = await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: true, sam, Token);

        Assert.Contains("no longer consents", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_a_question_at_the_persons_request_removes_its_article()
    {
        var questionId = await AnsweredAsync(consents: true);
        var articleId = (await Use<PrepareArticle>().HandleAsync(questionId, dana, Token)).ArticleId!.Value;
        await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: true, sam, Token);

        Assert.True(await Use<EraseQuestion>().HandleAsync(questionId, atTheirRequest: true, Token));

        await using var db = await Db();
        Assert.False(await db.Articles.AnyAsync(Token));
    }

    private async Task<string> PublishedAsync()
    {
        var articleId = (await Use<PrepareArticle>().HandleAsync(await AnsweredAsync(consents: true), dana, Token)).ArticleId!.Value;
        Assert.True((await Use<PublishArticle>().HandleAsync(articleId, null, confirmed: true, sam, Token)).Succeeded);
        return (await Use<LoadArticle>().HandleAsync(articleId, sam, Token))!.Slug!;
    }

    private async Task<Guid> AnsweredAsync(bool consents)
    {
        var sent = await Use<SubmitQuestion>().HandleAsync(new(
            new SafetyAnswers(false, false, HarmFrom.NoOne, false), Topic.TraumaAndAbuse, "He won't go to counselling", Text, null, null, null, "Tired in Ohio", null, null, false, consents),
            Token);
        await using var db = await Db();
        var questionId = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        await Use<ClaimQuestion>().HandleAsync(questionId, dana, Token);
        await Use<StartAnswer>().HandleAsync(questionId, dana, Token);
        Assert.True((await Use<SubmitAnswer>().HandleAsync(questionId, "You can go to counselling on your own.", null, dana, Token)).Succeeded);
        Assert.True((await Use<ApproveAnswer>().HandleAsync(questionId, sam, Token)).Succeeded);
        Assert.True((await Use<ReleaseAnswer>().HandleAsync(questionId, dana, Token)).Succeeded);
        return questionId;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private T Use<T>()
        where T : notnull => services.GetRequiredService<T>();

    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
