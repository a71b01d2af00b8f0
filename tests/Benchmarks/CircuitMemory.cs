namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goal: at most 1 MB of server memory per open dashboard showing 100 rows. Opens dashboards in Chromium against the
/// real portal and compares the managed heap after full collections, before and after, divided by their number.
/// </summary>
internal static class CircuitMemory
{
    private const int Dashboards = 20;
    private const int Rows = 100;

    public static async Task MeasureAsync()
    {
        await using var portal = new BenchmarkPortal();
        await portal.StartAsync();
        await portal.AddQuestionsAsync(500);

        // One dashboard first, so what every circuit shares (compiled queries, component metadata, caches) is not counted.
        await portal.OpenDashboardsAsync(1, Rows);
        var before = Settle();
        await portal.OpenDashboardsAsync(Dashboards, Rows);
        var after = Settle();

        var perCircuit = (after - before) / (double)Dashboards;
        Console.WriteLine($"Managed heap before: {before / 1024.0 / 1024:F1} MB; after {Dashboards} more dashboards of {Rows} rows: {after / 1024.0 / 1024:F1} MB");
        Console.WriteLine($"Per dashboard circuit: {perCircuit / 1024:F0} KB");
    }

    private static long Settle()
    {
        Thread.Sleep(TimeSpan.FromSeconds(2));
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
