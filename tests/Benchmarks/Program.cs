using BenchmarkDotNet.Running;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Benchmarks -- --filter '*'
/// dotnet run -c Release --project tests/Benchmarks -- circuit-memory [rows per dashboard: 25, 50 or 100]
/// dotnet run -c Release --project tests/Benchmarks -- visitor-memory [visitors: 1000]
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["circuit-memory", .. var rest])
        {
            await CircuitMemory.MeasureAsync(rest is [var rows] ? int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture) : 100);
            return;
        }

        if (args is ["visitor-memory", .. var visitors])
        {
            await VisitorMemory.MeasureAsync(visitors is [var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 1000);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
