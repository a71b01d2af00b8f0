using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Realtime;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Triage;

/// <summary>Opening, noting, reassigning and overriding a case, with the real use cases on a real SQLite database.</summary>
public sealed class CaseUseCaseTests : IAsyncLifetime
{
    private const string Text = "My teenage son will not speak to me since the divorce and I do not know how to reach him.";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember jordan = default!;
    private StaffMember sam = default!;
    private Guid questionId;

    public async ValueTask InitializeAsync()
    {
        (portal, services) = await PortalServices.StartAsync(clock);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        jordan = await TestCallers.CreateAsync(services, "jordan@clinic.example", "Jordan Lee", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Parenting, "Son", Text, null, null, null, "Worried Mum", null, null, false, false),
            TestContext.Current.CancellationToken);
        await using var db = await Db();
        questionId = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task Each_opening_is_audited_and_a_counselor_sees_only_their_own_views_while_a_supervisor_sees_all()
    {
        var danasPage = new CaseViewing();
        var jordansPage = new CaseViewing();
        var samsPage = new CaseViewing();

        var byDana = await Open(danasPage, dana);
        clock.Advance(TimeSpan.FromMinutes(3));
        await Open(jordansPage, jordan);
        await Open(danasPage, dana);
        clock.Advance(TimeSpan.FromMinutes(1));
        var bySam = await Open(samsPage, sam);
        var danaAgain = await Open(danasPage, dana);

        Assert.Equal(Text, byDana!.Text);
        Assert.Equal("Worried Mum", byDana.PenName);
        Assert.Equal(["Dana Reyes"], Viewers(danaAgain!));
        Assert.Equal(["Sam Ito", "Jordan Lee", "Dana Reyes"], Viewers(bySam!));

        var audit = services.GetRequiredService<ListAuditTrail>();
        var trail = await audit.HandleAsync(sam, new ListAuditTrail.Filter(Reference: bySam!.Reference), TimeSpan.Zero, TestContext.Current.CancellationToken);
        Assert.Equal(["Sam Ito", "Jordan Lee", "Dana Reyes"], trail.Entries.Select(e => e.ActorName));
        Assert.All(trail.Entries, e => Assert.Equal(bySam.Reference, e.Detail));
        var refused = await audit.HandleAsync(dana, new ListAuditTrail.Filter(), TimeSpan.Zero, TestContext.Current.CancellationToken);
        Assert.Equal(ListAuditTrail.NotPermitted, refused.Refusal);
        Assert.Empty(refused.Entries);
    }

    [Fact]
    public async Task A_page_pointed_at_another_case_or_back_again_records_each_opening_and_its_own_reloads_record_nothing()
    {
        var other = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Flatmate", "My flatmate never pays her share of the bills on time.", null, null, null,
            "Tired Tenant", null, null, false, false), TestContext.Current.CancellationToken);
        await using var db = await Db();
        var otherId = await db.Questions.Where(q => q.Reference == other.Reference!).Select(q => q.Id).SingleAsync(TestContext.Current.CancellationToken);
        var open = services.GetRequiredService<OpenCase>();
        var page = new CaseViewing();

        clock.Advance(TimeSpan.FromSeconds(1));
        await open.HandleAsync(questionId, dana, page, TestContext.Current.CancellationToken);
        var second = await open.HandleAsync(otherId, dana, page, TestContext.Current.CancellationToken);
        var reloaded = await open.HandleAsync(otherId, dana, page, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(1));
        var backAgain = await open.HandleAsync(questionId, dana, page, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(1));
        var nextPage = await Open(new CaseViewing(), dana);

        Assert.Equal("Tired Tenant", second!.PenName);
        Assert.Equal(["Dana Reyes"], Viewers(reloaded!));
        // Each opening is its own reading, shown as one line per run of readings by the same person.
        Assert.Equal(["Dana Reyes"], Viewers(backAgain!));
        Assert.Equal("2 times", Assert.Single(backAgain!.Timeline, e => e.Kind == CaseEventKind.Viewed).Detail);
        Assert.Equal("3 times", Assert.Single(nextPage!.Timeline, e => e.Kind == CaseEventKind.Viewed).Detail);
        Assert.Equal(3, await db.CaseEvents.CountAsync(e => e.QuestionId == questionId && e.Kind == CaseEventKind.Viewed, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Loads_of_one_page_that_overlap_write_one_entry()
    {
        var page = new CaseViewing();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Open(page, dana)));

        Assert.Equal(["Dana Reyes"], Viewers((await Open(page, dana))!));
    }

    [Fact]
    public async Task A_note_is_checked_sealed_at_rest_and_shown_in_the_timeline()
    {
        var addNote = services.GetRequiredService<AddCaseNote>();

        var empty = await addNote.HandleAsync(questionId, "   ", dana, TestContext.Current.CancellationToken);
        var added = await addNote.HandleAsync(questionId, "  Mentions the school counsellor: suggest a joint meeting.  ", dana, TestContext.Current.CancellationToken);

        Assert.Equal("Note", Assert.Single(empty).Field);
        Assert.Empty(added);
        await using var db = await Db();
        var stored = await db.CaseEvents.SingleAsync(e => e.Kind == CaseEventKind.NoteAdded, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("school counsellor", stored.SealedNote, StringComparison.Ordinal);
        var view = await Open(new CaseViewing(), jordan);
        var note = Assert.Single(view!.Timeline, e => e.Kind == CaseEventKind.NoteAdded);
        Assert.Equal(("Dana Reyes", "Mentions the school counsellor: suggest a joint meeting."), (note.ActorName, note.Note));
    }

    [Fact]
    public async Task Only_a_supervisor_lowers_risk_or_reassigns_and_every_change_is_announced_on_the_feed()
    {
        var changes = new List<QueueChange>();
        using var subscription = services.GetRequiredService<IQueueFeed>().Subscribe(change =>
        {
            lock (changes)
            {
                changes.Add(change);
            }

            return Task.CompletedTask;
        });
        var @override = services.GetRequiredService<OverrideQuestionRisk>();
        var reassign = services.GetRequiredService<ReassignQuestion>();

        var noLevel = await @override.HandleAsync(questionId, null, "I think this is more serious than it looks.", sam, TestContext.Current.CancellationToken);
        var nothing = await @override.HandleAsync(questionId, null, " ", sam, TestContext.Current.CancellationToken);
        var toSupervisor = await reassign.HandleAsync(questionId, sam.Id, sam, TestContext.Current.CancellationToken);
        var byCounselorReassign = await reassign.HandleAsync(questionId, jordan.Id, dana, TestContext.Current.CancellationToken);
        Assert.Equal("Level", Assert.Single(noLevel.Errors).Field);
        Assert.Equal(["Level", "Reason"], nothing.Errors.Select(e => e.Field));
        Assert.Equal("Counselor", Assert.Single(toSupervisor.Errors).Field);
        Assert.False(byCounselorReassign.Succeeded);
        Assert.Empty(changes);

        Assert.True((await @override.HandleAsync(questionId, RiskLevel.High, "Son is 15 and has stopped eating: High.", sam, TestContext.Current.CancellationToken)).Succeeded);
        var lowerByCounselor = await @override.HandleAsync(questionId, RiskLevel.Elevated, "I think this is less serious than it looks.", dana, TestContext.Current.CancellationToken);
        Assert.StartsWith("Only a supervisor can lower the risk level below High.", Assert.Single(lowerByCounselor.Errors).Message, StringComparison.Ordinal);
        Assert.True((await reassign.HandleAsync(questionId, jordan.Id, sam, TestContext.Current.CancellationToken)).Succeeded);
        var released = await services.GetRequiredService<ReleaseQuestion>().HandleAsync(questionId, dana, TestContext.Current.CancellationToken);
        Assert.Equal("Only the counselor working on this question can put it back in the queue.", Assert.Single(released.Errors).Message);

        await using var db = await Db();
        var question = await db.Questions.SingleAsync(q => q.Id == questionId, TestContext.Current.CancellationToken);
        Assert.Equal((RiskLevel.Routine, RiskLevel.High, jordan.Id), (question.RiskLevel, question.EffectiveRiskLevel, question.AssigneeId));
        Assert.Equal(clock.GetUtcNow().AddHours(4), question.DueAt);
        await WaitUntilAsync(() => changes.Count == 2);
        Assert.Equal([QueueChangeKind.RiskChanged, QueueChangeKind.Reassigned], changes.Select(c => c.Kind));
    }

    [Fact]
    public async Task A_counselor_raises_the_risk_and_flags_the_case_and_supervisors_see_who_flagged_it_and_why()
    {
        var other = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Parenting, "Other", Text, null, null, null, "Another Mum", null, null, false, false),
            TestContext.Current.CancellationToken);
        Guid otherId;
        await using (var db = await Db())
        {
            otherId = await db.Questions.Where(q => q.Reference == other.Reference!).Select(q => q.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        var crisis = services.GetRequiredService<CrisisProtocol>();
        var @override = services.GetRequiredService<OverrideQuestionRisk>();
        Assert.True((await @override.HandleAsync(otherId, RiskLevel.High, "The son mentioned a knife at school.", dana, TestContext.Current.CancellationToken)).Succeeded);
        Assert.True((await crisis.EscalateAsync(otherId, dana, TestContext.Current.CancellationToken)).Succeeded);
        clock.Advance(TimeSpan.FromMinutes(1));
        var flag = services.GetRequiredService<FlagForSupervisor>();

        var empty = await flag.HandleAsync(questionId, " ", dana, TestContext.Current.CancellationToken);
        var flagged = await flag.HandleAsync(questionId, "Custody hearing next week: please read before I answer.", dana, TestContext.Current.CancellationToken);
        var twice = await flag.HandleAsync(questionId, "Custody hearing next week: please read before I answer.", jordan, TestContext.Current.CancellationToken);

        Assert.Equal("Reason", Assert.Single(empty.Errors).Field);
        Assert.True(flagged.Succeeded);
        Assert.Equal("This case is already waiting for a supervisor.", Assert.Single(twice.Errors).Message);
        var list = await services.GetRequiredService<ListEscalations>().HandleAsync(sam, TestContext.Current.CancellationToken);
        Assert.Equal([(otherId, EscalationReason.CrisisProtocol, "Dana Reyes"), (questionId, EscalationReason.Flagged, "Dana Reyes")],
            list.Select(e => (e.QuestionId, e.Reason, e.ByName)));
        Assert.Empty(await services.GetRequiredService<ListEscalations>().HandleAsync(dana, TestContext.Current.CancellationToken));
        var view = await Open(new CaseViewing(), sam);
        var entry = Assert.Single(view!.Timeline, e => e.Kind == CaseEventKind.FlaggedForSupervisor);
        Assert.Equal(("Dana Reyes", "Custody hearing next week: please read before I answer."), (entry.ActorName, entry.Note));
    }

    [Fact]
    public async Task Presence_shows_each_person_once_writing_wins_and_a_silent_page_drops_off()
    {
        var feed = services.GetRequiredService<IQueueFeed>();
        var board = services.GetRequiredService<PresenceBoard>();

        await feed.PublishAsync(Signal("page-1", dana, PresenceMode.Viewing), TestContext.Current.CancellationToken);
        await feed.PublishAsync(Signal("page-2", dana, PresenceMode.Writing), TestContext.Current.CancellationToken);
        await feed.PublishAsync(Signal("page-3", jordan, PresenceMode.Viewing), TestContext.Current.CancellationToken);

        Assert.Equal([("Dana Reyes", PresenceMode.Writing), ("Jordan Lee", PresenceMode.Viewing)], board.On(questionId).Select(p => (p.DisplayName, p.Mode)));
        await feed.PublishAsync(Signal("page-2", dana, PresenceMode.Left), TestContext.Current.CancellationToken);
        Assert.Equal(PresenceMode.Viewing, board.On(questionId).Single(p => p.StaffId == dana.Id).Mode);

        clock.Advance(PresenceBoard.Expiry + TimeSpan.FromSeconds(1));
        Assert.Empty(board.On(questionId));
    }

    private QueueChange Signal(string page, StaffMember who, PresenceMode mode) =>
        new(QueueChangeKind.Presence, questionId, Presence: new PresenceSignal(page, who.Id, who.DisplayName, mode));

    private Task<OpenCase.Case?> Open(CaseViewing page, StaffMember viewer) =>
        services.GetRequiredService<OpenCase>().HandleAsync(questionId, viewer, page, TestContext.Current.CancellationToken);

    private static List<string?> Viewers(OpenCase.Case view) =>
        [.. view.Timeline.Where(e => e.Kind == CaseEventKind.Viewed).Select(e => e.ActorName)];

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }


    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
