using AdviceIntake.Portal.Testing;
using BenchmarkDotNet.Attributes;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// How many public requests a second this machine serves: the real portal on Kestrel on loopback (SQLite), 64 requests
/// in flight at once from clients in this process, which share the two cores with it.
/// </summary>
public class PublicPagesBenchmark
{
    private const int InFlight = 64;
    private BenchmarkPortal portal = default!;
    private HttpClient client = default!;
    private List<IntakeVisitor> visitors = [];

    [GlobalSetup]
    public void Setup()
    {
        portal = new BenchmarkPortal();
        portal.StartAsync(withBrowser: false).GetAwaiter().GetResult();
        client = new HttpClient { BaseAddress = portal.Address };
        visitors = [.. Enumerable.Range(0, InFlight).Select(_ => new IntakeVisitor(portal.Address))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        visitors.ForEach(v => v.Dispose());
        client.Dispose();
        portal.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = InFlight, Description = "GET the start page (/ask)")]
    public Task Start_page() => Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => client.GetStringAsync("/ask")));

    [Benchmark(OperationsPerInvoke = InFlight, Description = "GET /ask/safety, then POST it (checked, draft sealed and kept)")]
    public Task Safety_page_and_its_post() => Task.WhenAll(visitors.Select(v => v.ExpectNextAsync("/ask/safety",
        new() { ["InDangerNow"] = "no", ["ThoughtsOfSelfHarm"] = "no", ["HarmFrom"] = "NoOne", ["ChildBeingHurt"] = "no" }, "/ask/topic")));
}
