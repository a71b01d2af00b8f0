using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(AdviceIntake.Benchmarks.RiskAssessmentBenchmark).Assembly).Run(args);
