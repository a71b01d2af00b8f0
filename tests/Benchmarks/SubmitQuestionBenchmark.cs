using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Testing;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goal: at least 300 submissions a second on SQLite, each checked, assessed, encrypted, hashed and committed.
/// One operation is a batch of <see cref="Batch"/> submissions sent at once, as a busy evening would.
/// </summary>
[MemoryDiagnoser]
public class SubmitQuestionBenchmark
{
    private const int Batch = 64;

    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private SubmitQuestion submit = default!;

    [GlobalSetup]
    public void Setup()
    {
        (portal, services) = PortalServices.StartAsync(TimeProvider.System).GetAwaiter().GetResult();
        submit = services.GetRequiredService<SubmitQuestion>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        portal.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task Submit_questions_concurrently() =>
        Task.WhenAll(Enumerable.Range(0, Batch).Select(i => Task.Run(() => submit.HandleAsync(new SubmitQuestion.Input(
            ScreeningAnswers.AllClear, Topic.CouplesAndMarriage, "He won't go to counselling",
            "My husband refuses to come to counselling with me. We argue about money every week and I feel alone in this marriage.",
            AgeRange.From35To44, "OH", "English", $"Reader {i}", "reader@example.com", true, true, false)))));

    [Benchmark]
    public Task<SubmitQuestion.Result> Submit_one_question() => submit.HandleAsync(new SubmitQuestion.Input(
        ScreeningAnswers.AllClear, Topic.CouplesAndMarriage, "He won't go to counselling",
        "My husband refuses to come to counselling with me. We argue about money every week and I feel alone in this marriage.",
        AgeRange.From35To44, "OH", "English", "Reader", null, null, false, false));
}
