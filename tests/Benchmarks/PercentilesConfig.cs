using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace AdviceIntake.Benchmarks;

/// <summary>Latency goals are stated as a 95th percentile, so the table shows it.</summary>
internal sealed class PercentilesConfig : ManualConfig
{
    public PercentilesConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
}
