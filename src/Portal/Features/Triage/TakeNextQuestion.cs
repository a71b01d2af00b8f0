using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Triage;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// Gives a counselor the most urgent question nobody has taken. The claim is saved against the question's version,
/// so when two counselors reach for the same question one wins and the other is offered the next.
/// </summary>
public sealed class TakeNextQuestion(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    private readonly TriageOrder order = new(ResponseTargets.Default);

    /// <summary>The question taken, or none when the queue has nothing left to take.</summary>
    public sealed record Result(Guid? QuestionId)
    {
        public bool GotOne => QuestionId is not null;
    }

    public async Task<Result> HandleAsync(string counselorId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(counselorId);
        List<TriageOrder.Entry> waiting;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            waiting = await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Received && q.AssigneeId == null)
                .Select(q => new TriageOrder.Entry(q.Id, q.RiskOverride != null ? q.RiskOverride.Level : q.RiskLevel, q.SubmittedAt))
                .ToListAsync(cancellationToken);
        }

        foreach (var candidate in waiting.Order(order))
        {
            if (await TryClaimAsync(candidate.Id, counselorId, cancellationToken))
            {
                return new Result(candidate.Id);
            }
        }

        return new Result(null);
    }

    private async Task<bool> TryClaimAsync(Guid questionId, string counselorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        if (question is null || question.Status != QuestionStatus.Received || question.AssigneeId is not null)
        {
            return false;
        }

        question.Claim(counselorId, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else claimed it between our read and our write; the next candidate is tried.
            return false;
        }
    }
}
