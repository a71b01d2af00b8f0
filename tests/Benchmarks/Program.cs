using BenchmarkDotNet.Running;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Benchmarks -- --filter '*'
/// dotnet run -c Release --project tests/Benchmarks -- circuit-memory
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["circuit-memory", ..])
        {
            await CircuitMemory.MeasureAsync();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
