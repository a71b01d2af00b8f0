using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Triage;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Triage;

/// <summary>The queue as the database sorts, filters, counts and pages it, on each provider.</summary>
public abstract class LoadQueueTests(PortalHost host) : IAsyncLifetime
{
    private static readonly ScreeningAnswers SelfHarm = new(false, true, HarmFrom.NoOne, false);
    private static readonly ScreeningAnswers Partner = new(false, false, HarmFrom.Partner, false);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private LoadQueue Queue => host.Services.GetRequiredService<LoadQueue>();

    [Fact]
    public async Task The_database_orders_the_queue_exactly_as_the_triage_rule_does()
    {
        var now = DateTimeOffset.UtcNow;
        var minutes = new[] { 5, 400, 90, 3000, 20, 7000, 1, 240, 60, 8000 };
        for (var i = 0; i < minutes.Length; i++)
        {
            await host.AddQuestionAsync("We keep arguing about the same things and nothing changes between us.", now.AddMinutes(-minutes[i]),
                (i % 3) switch { 0 => SelfHarm, 1 => Partner, _ => ScreeningAnswers.AllClear });
        }

        // One raised by a supervisor: its clock now runs by the High target from when it arrived.
        var raised = await host.AddQuestionAsync("Something about my sister's new boyfriend does not feel right to me.", now.AddMinutes(-200));
        var supervisor = new StaffMember("sup", "Sam", IsSupervisor: true);
        Assert.True((await host.Services.GetRequiredService<OverrideQuestionRisk>()
            .HandleAsync(raised, RiskLevel.High, "The sister is a teenager; treat as High.", supervisor, TestContext.Current.CancellationToken)).Succeeded);

        var page = await Queue.HandleAsync(new LoadQueue.Query(), "nobody", TestContext.Current.CancellationToken);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var expected = (await db.Questions.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
            .Select(q => new TriageOrder.Entry(q.Id, q.EffectiveRiskLevel, q.DueAt, q.SubmittedAt))
            .Order(TriageOrder.Instance)
            .Select(e => e.Id);
        Assert.Equal(expected, page.Rows.Select(r => r.Id));
        Assert.Equal(RiskLevel.Crisis, page.Rows[0].Risk);
        Assert.Contains(page.Rows, r => r.Id == raised && r.RiskOverridden && r.Risk == RiskLevel.High);
    }

    [Fact]
    public async Task Views_count_filter_and_page_and_a_refresh_takes_at_most_three_queries()
    {
        var now = DateTimeOffset.UtcNow;
        var dana = await host.CreateStaffAsync("dana@clinic.example", "correct horse battery", "Dana Reyes", [StaffRoles.Counselor]);
        await host.AddQuestionAsync("I have been thinking about ending my life for a few weeks now.", now.AddMinutes(-10), SelfHarm, Topic.Depression);
        var late = await host.AddQuestionAsync("My son has stopped going to school and will not tell us why at all.", now.AddDays(-6), topic: Topic.Parenting);
        await host.AddQuestionAsync("My partner checks my phone every night and I am afraid of what comes next.", now.AddHours(-1), Partner, Topic.CouplesAndMarriage);
        for (var i = 0; i < 30; i++)
        {
            await host.AddQuestionAsync("Work has taken over every evening and I no longer see my friends at all.", now.AddMinutes(-30 - i), topic: Topic.WorkAndSchool);
        }

        await host.Services.GetRequiredService<ClaimQuestion>().HandleAsync(late, new StaffMember(dana, "Dana Reyes", false), TestContext.Current.CancellationToken);

        var before = CommandCount();
        var all = await Queue.HandleAsync(new LoadQueue.Query(PageSize: 25), dana, TestContext.Current.CancellationToken);
        Assert.True(CommandCount() - before <= 3, $"{CommandCount() - before} queries");

        Assert.Equal(new LoadQueue.Counts(Unassigned: 32, Mine: 1, Overdue: 1, Urgent: 2, AllOpen: 33), all.Counts);
        Assert.Equal(33, all.Total);
        Assert.Equal(25, all.Rows.Count);
        var secondPage = await Queue.HandleAsync(new LoadQueue.Query(Page: 1, PageSize: 25), dana, TestContext.Current.CancellationToken);
        Assert.Equal(8, secondPage.Rows.Count);
        Assert.Empty(all.Rows.Select(r => r.Id).Intersect(secondPage.Rows.Select(r => r.Id)));

        var mine = await Queue.HandleAsync(new LoadQueue.Query(QueueView.Mine), dana, TestContext.Current.CancellationToken);
        var row = Assert.Single(mine.Rows);
        Assert.Equal((late, "Dana Reyes", QuestionStatus.Claimed), (row.Id, row.AssigneeName, row.Status));
        Assert.Equal(late, Assert.Single((await Queue.HandleAsync(new LoadQueue.Query(QueueView.Overdue), dana, TestContext.Current.CancellationToken)).Rows).Id);
        Assert.Equal(2, (await Queue.HandleAsync(new LoadQueue.Query(QueueView.Urgent), dana, TestContext.Current.CancellationToken)).Total);
        Assert.Equal(30, (await Queue.HandleAsync(new LoadQueue.Query(Topic: Topic.WorkAndSchool), dana, TestContext.Current.CancellationToken)).Total);
        Assert.Equal(1, (await Queue.HandleAsync(new LoadQueue.Query(Risk: RiskLevel.Crisis), dana, TestContext.Current.CancellationToken)).Total);
        Assert.Equal(1, (await Queue.HandleAsync(new LoadQueue.Query(Status: QuestionStatus.Claimed), dana, TestContext.Current.CancellationToken)).Total);
        Assert.Equal(1, (await Queue.HandleAsync(new LoadQueue.Query(AssigneeId: dana), dana, TestContext.Current.CancellationToken)).Total);

        var oldestFirst = await Queue.HandleAsync(new LoadQueue.Query(Sort: QueueSort.Waiting, Descending: true, PageSize: 100), dana, TestContext.Current.CancellationToken);
        Assert.Equal(late, oldestFirst.Rows[0].Id);
        foreach (var descending in new[] { false, true })
        {
            var byAssignee = await Queue.HandleAsync(new LoadQueue.Query(Sort: QueueSort.Assignee, Descending: descending, PageSize: 100), dana, TestContext.Current.CancellationToken);
            Assert.Equal(late, byAssignee.Rows[0].Id);
        }

        var byTimeLeft = await Queue.HandleAsync(new LoadQueue.Query(Sort: QueueSort.TimeLeft, Descending: false, PageSize: 100), dana, TestContext.Current.CancellationToken);
        Assert.Equal(byTimeLeft.Rows.Select(r => r.DueAt).Order(), byTimeLeft.Rows.Select(r => r.DueAt));
        var leastUrgentFirst = await Queue.HandleAsync(new LoadQueue.Query(Sort: QueueSort.Risk, Descending: false, PageSize: 100), dana, TestContext.Current.CancellationToken);
        Assert.Equal((RiskLevel.Routine, RiskLevel.Crisis), (leastUrgentFirst.Rows[0].Risk, leastUrgentFirst.Rows[^1].Risk));
    }

    private int CommandCount() => host.Logs.Lines.Count(l => l.Contains("Executed DbCommand", StringComparison.Ordinal));
}

public sealed class SqliteLoadQueueTests(SqlitePortal host) : LoadQueueTests(host);

public sealed class PostgresLoadQueueTests(PostgresPortal host) : LoadQueueTests(host);
