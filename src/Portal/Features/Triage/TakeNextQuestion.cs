using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// Gives a counselor the most urgent question nobody has taken. The claim is saved against the question's version,
/// so when two counselors reach for the same question one wins and the other is offered the next.
/// </summary>
public sealed class TakeNextQuestion(IDbContextFactory<PortalDbContext> contexts, QuestionChanges changes, TimeProvider clock)
{
    // Enough candidates that a crowd of counselors pressing at once rarely needs a second look at the queue.
    private const int Candidates = 10;

    /// <summary>The question taken, or none when the queue has nothing left to take.</summary>
    public sealed record Result(Guid? QuestionId)
    {
        public bool GotOne => QuestionId is not null;
    }

    public async Task<Result> HandleAsync(StaffMember counselor, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            List<Guid> waiting;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                waiting = await db.Questions.Waiting().InTriageOrder().Select(q => q.Id).Take(Candidates).ToListAsync(cancellationToken);
            }

            if (waiting.Count == 0)
            {
                return new Result(null);
            }

            foreach (var candidate in waiting)
            {
                var claimed = await changes.ApplyAsync(candidate, QueueChangeKind.Claimed,
                    q => q.Claim(counselor.Id, clock.GetUtcNow()), cancellationToken);
                if (claimed.Succeeded)
                {
                    return new Result(candidate);
                }
            }
        }
    }
}
