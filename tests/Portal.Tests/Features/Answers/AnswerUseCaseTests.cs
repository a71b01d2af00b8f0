using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace AdviceIntake.Portal.Tests.Features.Answers;

/// <summary>Writing, reviewing and releasing an answer with the real use cases on a real SQLite database.</summary>
public sealed class AnswerUseCaseTests : IAsyncLifetime
{
    private const string Answer = "Thank you for writing. **You are not to blame.**\n\n- Keep a safety plan\n- Call the hotline when you can";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;
    private Guid questionId;

    public async ValueTask InitializeAsync()
    {
        (portal, services) = await PortalServices.StartAsync(clock);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear with { HarmFrom = HarmFrom.Partner }, Topic.CouplesAndMarriage, "Afraid at home",
            "My husband grabbed my throat last week and says he will kill me if I leave.", null, null, null, "Afraid in Ohio", null, null, false, false),
            TestContext.Current.CancellationToken);
        await using var db = await Db();
        questionId = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(TestContext.Current.CancellationToken);
        await services.GetRequiredService<ClaimQuestion>().HandleAsync(questionId, dana, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task Starting_attaches_the_hotline_and_a_draft_is_kept_sealed()
    {
        Assert.True((await Desk(dana))!.CanStart);
        var started = await Use<StartAnswer>().HandleAsync(questionId, dana, Token);
        Assert.True(started.Succeeded, string.Join(" ", started.Errors.Select(e => e.Message)));

        Assert.True((await Use<SaveAnswerDraft>().HandleAsync(questionId, Answer, "Ask for the advocate.", dana, Token)).Succeeded);

        var desk = (await Desk(dana))!;
        Assert.Equal((AnswerState.Draft, Answer, "Ask for the advocate."), (desk.State, desk.Body, desk.SheetNote));
        Assert.Contains(desk.Referrals, r => r.Name == "National Domestic Violence Hotline" && r.Automatic);
        Assert.True(desk.CanWrite);
        await using var db = await Db();
        var row = await db.Questions.AsNoTracking().SingleAsync(q => q.Id == questionId, Token);
        Assert.DoesNotContain("blame", row.Answer!.SealedBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_return_approve_and_release_keep_the_letters_the_person_will_download()
    {
        await Use<StartAnswer>().HandleAsync(questionId, dana, Token);
        var empty = await Use<SubmitAnswer>().HandleAsync(questionId, "  ", null, dana, Token);
        Assert.Equal("Body", Assert.Single(empty.Errors).Field);

        Assert.True((await Use<SubmitAnswer>().HandleAsync(questionId, "First try.", null, dana, Token)).Succeeded);
        Assert.False((await Use<ApproveAnswer>().HandleAsync(questionId, dana, Token)).Succeeded);
        Assert.Equal("Comment", Assert.Single((await Use<ReturnAnswer>().HandleAsync(questionId, "", sam, Token)).Errors).Field);
        Assert.True((await Use<ReturnAnswer>().HandleAsync(questionId, "Name the hotline in the answer itself.", sam, Token)).Succeeded);
        Assert.Equal("Name the hotline in the answer itself.", (await Desk(dana))!.ReturnComment);

        Assert.True((await Use<SubmitAnswer>().HandleAsync(questionId, Answer, null, dana, Token)).Succeeded);
        Assert.True((await Use<ApproveAnswer>().HandleAsync(questionId, sam, Token)).Succeeded);
        Assert.False((await Use<ReleaseAnswer>().HandleAsync(questionId, new StaffMember("someone", "Someone", false), Token)).Succeeded);
        Assert.True((await Use<ReleaseAnswer>().HandleAsync(questionId, dana, Token)).Succeeded);
        var twice = await Use<ReleaseAnswer>().HandleAsync(questionId, sam, Token);
        Assert.Equal("This answer has already been released.", Assert.Single(twice.Errors).Message);

        await using var db = await Db();
        var question = await db.Questions.AsNoTracking().SingleAsync(q => q.Id == questionId, Token);
        Assert.Equal(QuestionStatus.Answered, question.Status);
        var files = await db.ReleasedDocuments.AsNoTracking().Where(d => d.QuestionId == questionId).ToListAsync(Token);
        Assert.Equal(2, files.Count);
        var letter = services.GetRequiredService<QuestionProtector>().OpenDocument(files.Single(f => f.Kind == DocumentKind.Letter).SealedPdf);
        using var pdf = PdfDocument.Open(letter);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("DearAfraidinOhio,", text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Dana Reyes, LMFT", string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
        Assert.Contains("1-800-799-7233", text, StringComparison.Ordinal);
        var kinds = await db.CaseEvents.AsNoTracking().Where(e => e.QuestionId == questionId).Select(e => e.Kind).ToListAsync(Token);
        Assert.Contains(CaseEventKind.AnswerReleased, kinds);
    }

    [Fact]
    public async Task A_crisis_line_comes_off_the_sheet_only_with_a_reason_and_a_stale_entry_only_after_a_warning()
    {
        await Use<StartAnswer>().HandleAsync(questionId, dana, Token);
        var hotline = (await Desk(dana))!.Referrals.Single(r => r.Name == "National Domestic Violence Hotline");
        var referrals = Use<ChangeReferrals>();

        var refused = await referrals.RemoveAsync(questionId, hotline.Id, " ", dana, Token);
        Assert.Equal("Reason", Assert.Single(refused.Errors).Field);
        Assert.True((await referrals.RemoveAsync(questionId, hotline.Id, "She is already working with the local shelter's advocate.", dana, Token)).Succeeded);
        Assert.DoesNotContain((await Desk(dana))!.Referrals, r => r.Id == hotline.Id);

        clock.Advance(TimeSpan.FromDays(800));
        var lifeline = (await Desk(dana))!.Directory.Single(c => c.Name == "988 Suicide & Crisis Lifeline");
        Assert.True(lifeline.Stale);
        Assert.False((await referrals.AttachAsync(questionId, lifeline.Id, dana, staleSeen: false, Token)).Succeeded);
        Assert.True((await referrals.AttachAsync(questionId, lifeline.Id, dana, staleSeen: true, Token)).Succeeded);
        Assert.Contains((await Desk(dana))!.Referrals, r => r.Id == lifeline.Id && r.Stale);
    }

    [Fact]
    public async Task A_save_from_an_older_copy_is_refused_once_the_answer_has_gone_for_review()
    {
        await Use<StartAnswer>().HandleAsync(questionId, dana, Token);
        await using var olderCopy = await Db();
        var stale = await olderCopy.Questions.SingleAsync(q => q.Id == questionId, Token);

        Assert.True((await Use<SubmitAnswer>().HandleAsync(questionId, Answer, null, dana, Token)).Succeeded);
        stale.WriteAnswer("half a sentence", null, dana.Id, clock.GetUtcNow());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => olderCopy.SaveChangesAsync(Token));
        var desk = (await Desk(sam))!;
        Assert.Equal((AnswerState.InReview, Answer), (desk.State, desk.Body));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private T Use<T>()
        where T : notnull => services.GetRequiredService<T>();

    private Task<LoadAnswerDesk.Desk?> Desk(StaffMember who) => Use<LoadAnswerDesk>().HandleAsync(questionId, who, Token);


    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
