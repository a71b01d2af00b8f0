using System.Diagnostics;
using AdviceIntake.Portal.Testing;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goal: server memory stays flat, at most 50 MB above idle, with 1,000 people part-way through the form. Each visitor
/// answers the safety, topic and question pages with plain posts (as a browser without script would) and stops before
/// the fourth. The managed heap after full collections is read at idle, with the visitors' connections still open, and
/// after they went away without finishing; their HTTP clients live in this process too, so the last figure is what
/// the portal itself keeps.
/// </summary>
internal static class VisitorMemory
{
    public static async Task MeasureAsync(int visitors)
    {
        await using var portal = new BenchmarkPortal();
        await portal.StartAsync(withBrowser: false);

        // One visitor all the way first, so what every request shares (compiled pages, queries, caches) is not counted.
        using (var first = new IntakeVisitor(portal.Address))
        {
            await first.SendQuestionAsync("My sister and I have not spoken since the funeral and I miss her.");
        }

        var idle = Settle();
        var started = Stopwatch.StartNew();
        var open = new List<IntakeVisitor>();
        for (var batch = 0; batch < visitors; batch += 8)
        {
            var group = Enumerable.Range(batch, Math.Min(8, visitors - batch)).Select(i => new IntakeVisitor(portal.Address)).ToList();
            open.AddRange(group);
            await Task.WhenAll(group.Select(PartWayAsync));
        }

        var elapsed = started.Elapsed;
        var during = Settle();
        foreach (var visitor in open)
        {
            visitor.Dispose();
        }

        open.Clear();
        var after = Settle();
        Console.WriteLine($"{visitors} visitors part-way (3 pages posted each, {visitors * 7} requests) in {elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"Managed heap at idle: {idle / 1048576.0:F1} MB");
        Console.WriteLine($"With the visitors' connections open: {during / 1048576.0:F1} MB (+{(during - idle) / 1048576.0:F1} MB, clients included)");
        Console.WriteLine($"After they left mid-form: {after / 1048576.0:F1} MB (+{(after - idle) / 1048576.0:F1} MB)");
        Console.WriteLine($"Process working set: {Environment.WorkingSet / 1048576.0:F0} MB");
    }

    private static async Task PartWayAsync(IntakeVisitor visitor)
    {
        await visitor.GetAsync("/ask");
        await visitor.ExpectNextAsync("/ask/safety", new() { ["InDangerNow"] = "no", ["ThoughtsOfSelfHarm"] = "no", ["HarmFrom"] = "NoOne", ["ChildBeingHurt"] = "no" }, "/ask/topic");
        await visitor.ExpectNextAsync("/ask/topic", new() { ["Topic"] = "Family" }, "/ask/question");
        await visitor.ExpectNextAsync("/ask/question", new() { ["Title"] = "My sister", ["Text"] = "We have not spoken since the funeral and I miss her terribly." }, "/ask/about-you");
        visitor.Pages.Clear();
    }

    private static long Settle()
    {
        Thread.Sleep(TimeSpan.FromSeconds(2));
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
