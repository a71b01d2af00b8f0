using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Status;
using AdviceIntake.Portal.Testing;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goal: a status look-up of a reference that does not exist takes as long as one with a wrong passphrase, so timing
/// answers cannot tell a guesser which references exist. Every call comes from a new client, so no lock-out intervenes.
/// </summary>
public class StatusLookupTimingBenchmark
{
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private LookUpQuestionStatus lookUp = default!;
    private string reference = default!;
    private int client;

    [GlobalSetup]
    public void Setup()
    {
        (portal, services) = PortalServices.StartAsync(TimeProvider.System).GetAwaiter().GetResult();
        lookUp = services.GetRequiredService<LookUpQuestionStatus>();
        var sent = services.GetRequiredService<SubmitQuestion>().HandleAsync(new SubmitQuestion.Input(
            ScreeningAnswers.AllClear, Topic.Family, "My sister", "My sister and I have not spoken since the funeral and I miss her.",
            null, null, null, "Missing Her", null, null, false, false)).GetAwaiter().GetResult();
        reference = sent.Reference!.ToString();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        portal.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    // A fresh reference each time, as a guesser would send, so the per-reference count never locks.
    [Benchmark(Baseline = true)]
    public Task<LookUpQuestionStatus.Result> Unknown_reference() =>
        lookUp.HandleAsync(new LookUpQuestionStatus.Input(ReferenceCode.New().ToString(), "amber river stone lamp quiet", NextClient()));

    // The real reference: its count reaches the lock after ten, after which the look-up stops before hashing, so
    // the wrong passphrase is varied over many references in real use; here the count is reset between iterations.
    [Benchmark]
    public Task<LookUpQuestionStatus.Result> Wrong_passphrase_for_a_real_reference() =>
        lookUp.HandleAsync(new LookUpQuestionStatus.Input(reference, "amber river stone lamp quiet", NextClient()));

    [IterationCleanup]
    public void ForgetFailures()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdviceIntake.Portal.Data.PortalDbContext>();
        db.StatusLookupGuards.RemoveRange(db.StatusLookupGuards);
        db.SaveChanges();
    }

    private string NextClient() => $"bench-{Interlocked.Increment(ref client)}";
}
