using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.FollowUps;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goal: 10,000 check-ins that fall due at once dispatched and sent in 30 s or less, on SQLite, through a real SMTP
/// server on 127.0.0.1: the dispatcher owes them (outbox rows, jobs enqueued in the Hangfire SQLite storage) and the
/// sender sends every one.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class FollowUpDispatchBenchmark
{
    private const int CheckIns = 10_000;
    private TestSmtp smtp = default!;
    private PortalServices portal = default!;
    private ServiceProvider services = default!;

    [IterationSetup]
    public void Setup()
    {
        smtp = new TestSmtp();
        (portal, services) = PortalServices.StartAsync(TimeProvider.System, smtp.Settings).GetAwaiter().GetResult();
        var protector = services.GetRequiredService<QuestionProtector>();
        var targets = services.GetRequiredService<IOptions<ResponseTargetOptions>>().Value.Targets;
        var now = DateTimeOffset.UtcNow;
        using var db = services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        for (var i = 0; i < CheckIns; i++)
        {
            var submission = QuestionSubmission.Create(ScreeningAnswers.AllClear, Topic.Family, "Family",
                "We cannot agree on anything at home and it is wearing us all down.", null, null, null, "Tired Parent",
                $"writer{i}@example.org", true, true, false);
            var question = Question.Receive(submission, RiskAssessment.Routine, ReferenceCode.New(), "not-a-real-hash", protector.Seal(submission),
                now.AddDays(-20), targets);
            db.Questions.Add(question);
            db.FollowUps.Add(FollowUp.Plan(question.Id, FollowUpKind.CheckInEmail, now.AddSeconds(-1), now.AddDays(-14)));
        }

        db.SaveChanges();
    }

    [IterationCleanup]
    public void Cleanup()
    {
        using (var db = services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext())
        {
            var sent = db.OutboxMessages.Count(m => m.State == OutboxState.Sent);
            if (sent != CheckIns || smtp.Received.Count != CheckIns)
            {
                throw new InvalidOperationException($"{sent} marked sent and {smtp.Received.Count} received of {CheckIns}.");
            }
        }

        services.Dispose();
        portal.DisposeAsync().AsTask().GetAwaiter().GetResult();
        smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task Dispatch_and_send_10000_due_check_ins()
    {
        await services.GetRequiredService<DispatchDueFollowUps>().HandleAsync(CancellationToken.None);
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(CancellationToken.None);
    }
}
