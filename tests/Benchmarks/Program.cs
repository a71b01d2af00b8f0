using BenchmarkDotNet.Running;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Benchmarks -- --filter '*'
/// dotnet run -c Release --project tests/Benchmarks -- circuit-memory [rows per dashboard: 25, 50 or 100]
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

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
