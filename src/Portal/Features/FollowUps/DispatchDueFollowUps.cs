using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.FollowUps;

/// <summary>
/// At each check-in's time (a job scheduled for it) and every minute (in case that job was lost): each check-in that is
/// due becomes an email owed, in the same transaction that marks it done, guarded by its version. Run twice, or on two
/// nodes at once, a check-in is owed once. Counselor tasks wait on the case page.
/// </summary>
public sealed class DispatchDueFollowUps(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    private const int Batch = 200;

    /// <summary>
    /// Runs the dispatch at a check-in's time, so it goes within seconds of it rather than within the minute. Hangfire keeps
    /// a scheduled time in whole seconds and may start the job up to a second early; a second later, the check-in is due.
    /// </summary>
    public static void ScheduleAt(IBackgroundJobClient jobs, DateTimeOffset dueAt) =>
        jobs.Schedule<DispatchDueFollowUps>(job => job.HandleAsync(CancellationToken.None), dueAt + TimeSpan.FromSeconds(1));

    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var owed = new List<Guid>();
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var due = await db.FollowUps
                .Where(f => f.State == FollowUpState.Planned && f.Kind == FollowUpKind.CheckInEmail && f.DueAt <= now)
                .OrderBy(f => f.DueAt)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            var batchOwed = new List<Guid>();
            // Nobody who stopped contact, and nobody found at risk since the release (a counselor's check is theirs), gets an
            // automatic email.
            var stopped = await db.Questions
                .Where(q => due.Select(f => f.QuestionId).Contains(q.Id) && (q.ContactStopped || q.EffectiveRiskLevel >= RiskLevel.High))
                .Select(q => q.Id)
                .ToListAsync(cancellationToken);
            foreach (var followUp in due)
            {
                if (stopped.Contains(followUp.QuestionId))
                {
                    followUp.Cancel(staffId: null);
                    continue;
                }

                followUp.Complete(now);
                var message = OutboxMessage.Queue(followUp.QuestionId, MessageKind.FollowUpCheckIn, now);
                db.OutboxMessages.Add(message);
                db.CaseEvents.Add(CaseEvent.FollowUp(followUp.QuestionId, done: true, "check-in email", staffId: null, now));
                batchOwed.Add(message.Id);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                owed.AddRange(batchOwed);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another dispatcher took some of this batch and nothing of it was saved here; what it took is no
                // longer planned, so the next round picks up only the rest.
            }
        }

        if (owed.Count > 0)
        {
            // One sweep sends them all in batches; a job per email would cost a storage write each.
            jobs.Enqueue<DeliverPendingEmails>(job => job.HandleAsync(CancellationToken.None));
        }

        return owed.Count;
    }
}
