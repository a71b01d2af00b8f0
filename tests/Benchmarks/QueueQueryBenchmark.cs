using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goal: a dashboard refresh (the counts of every view, the number matching, one page of rows with assignees, titles and
/// pen names opened for those rows only) in at most 30 ms with 15,000 open questions in the SQLite database. The three queries it takes are counted by
/// LoadQueueTests; this measures their time.
/// </summary>
[MemoryDiagnoser]
public class QueueQueryBenchmark
{
    private const int Questions = 15_000;

    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private LoadQueue queue = default!;

    [GlobalSetup]
    public void Setup()
    {
        (portal, services) = PortalServices.StartAsync(TimeProvider.System).GetAwaiter().GetResult();
        using (var db = services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext())
        {
            BenchmarkPortal.Seed(db, services, Questions);
            db.SaveChanges();
        }

        queue = services.GetRequiredService<LoadQueue>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        portal.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<LoadQueue.Result> Default_view_25_rows() => queue.HandleAsync(new LoadQueue.Query(), "counselor-1");

    [Benchmark]
    public Task<LoadQueue.Result> Default_view_100_rows() => queue.HandleAsync(new LoadQueue.Query(PageSize: 100), "counselor-1");

    [Benchmark]
    public Task<LoadQueue.Result> Unassigned_by_assignee_name_page_40() =>
        queue.HandleAsync(new LoadQueue.Query(QueueView.Unassigned, Sort: QueueSort.Assignee, Page: 40), "counselor-1");

    [Benchmark]
    public Task<LoadQueue.Result> Overdue_view() => queue.HandleAsync(new LoadQueue.Query(QueueView.Overdue), "counselor-1");

    /// <summary>A search by pen name opens every open question's pen name to compare: a search, not every refresh.</summary>
    [Benchmark]
    public Task<LoadQueue.Result> Search_by_pen_name() => queue.HandleAsync(new LoadQueue.Query(Search: "nobody has this name"), "counselor-1");
}
