namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goal: at most 1 MB of server memory per open dashboard showing 100 rows. Opens dashboards in Chromium against the
/// real portal and compares the managed heap after full collections, before and after, divided by their number.
/// The browser driver's own objects live in this process too, so the same number of plain pages without a circuit
/// (the sign-in page) is measured as well; the difference is the circuits' share.
/// </summary>
internal static class CircuitMemory
{
    private const int Dashboards = 20;

    public static async Task MeasureAsync(int rows)
    {
        await using var portal = new BenchmarkPortal();
        await portal.StartAsync();
        await portal.AddQuestionsAsync(500);

        // One dashboard first, so what every circuit shares (compiled queries, component metadata, caches) is not counted.
        await portal.OpenDashboardsAsync(1, rows);
        var start = Settle();
        for (var i = 0; i < Dashboards; i++)
        {
            await (await portal.NewPageAsync()).GotoAsync("/Account/Login");
        }

        var withPlainPages = Settle();
        await portal.OpenDashboardsAsync(Dashboards, rows);
        var withDashboards = Settle();

        var perPlainPage = (withPlainPages - start) / (double)Dashboards;
        var perDashboard = (withDashboards - withPlainPages) / (double)Dashboards;
        Console.WriteLine($"Per plain page (browser driver, connection): {perPlainPage / 1024:F0} KB");
        Console.WriteLine($"Per dashboard of {rows} rows: {perDashboard / 1024:F0} KB; net of a plain page: {(perDashboard - perPlainPage) / 1024:F0} KB");
    }

    private static long Settle()
    {
        Thread.Sleep(TimeSpan.FromSeconds(2));
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
