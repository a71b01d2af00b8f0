using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Escalations;

/// <summary>
/// Every minute, the response clock: an open question past its target, or a Crisis question unclaimed for fifteen
/// minutes, goes on the supervisors' escalation list (live on their dashboards) and the supervisor on call is emailed.
/// Each reason escalates a case once; run twice, or on two nodes, the version check lets one win.
/// </summary>
public sealed class EscalateOverdueQuestions(
    IDbContextFactory<PortalDbContext> contexts,
    QuestionChanges changes,
    NotifyOnCall notify,
    IOptions<OnCallOptions> options,
    TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var limit = options.Value.CrisisUnclaimedAfter;
        var unclaimedSince = now - limit;
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Questions.AsNoTracking()
                .Where(q => q.ErasedAt == null
                    && (q.Status == QuestionStatus.Received || q.Status == QuestionStatus.Claimed || q.Status == QuestionStatus.InReview)
                    && ((q.DueAt <= now && (q.ClockEscalatedAt == null || q.ClockEscalatedAt < q.DueAt))
                        || (q.ClockEscalatedAt == null && q.EffectiveRiskLevel == RiskLevel.Crisis && q.Status == QuestionStatus.Received && q.SubmittedAt <= unclaimedSince)))
                .Select(q => q.Id)
                .ToListAsync(cancellationToken);
        }

        var escalated = 0;
        foreach (var id in due)
        {
            var changed = false;
            var result = await changes.ApplyAsync(id, QueueChangeKind.StatusChanged, q => changed = q.EscalateByClock(now, limit), cancellationToken);
            escalated += result.Succeeded && changed ? 1 : 0;
        }

        await notify.HandleAsync(questionId: null, cancellationToken);
        return escalated;
    }
}
