using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// Erases a question in one transaction: the question's sealed texts and answer, every note and reason in its history,
/// the released PDFs, and every email and check-in not yet sent. What stays (topic, risk, dates, who did what) names
/// nobody. Used by the person from the status page and by the retention sweep.
/// </summary>
public sealed class EraseQuestion(IDbContextFactory<PortalDbContext> contexts, IQueueFeed feed, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid questionId, bool atTheirRequest, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
            if (question is null || question.ErasedAt is not null)
            {
                return false;
            }

            question.Erase(now, atTheirRequest);
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.CaseEvents.Where(e => e.QuestionId == questionId && e.SealedNote != null)
                    .ExecuteUpdateAsync(e => e.SetProperty(x => x.SealedNote, (string?)null), cancellationToken);
                await db.ReleasedDocuments.Where(d => d.QuestionId == questionId).ExecuteDeleteAsync(cancellationToken);
                await db.OutboxMessages.Where(m => m.QuestionId == questionId && m.SentAt == null).ExecuteDeleteAsync(cancellationToken);
                await db.FollowUps.Where(f => f.QuestionId == questionId && f.State == FollowUpState.Planned)
                    .ExecuteUpdateAsync(f => f.SetProperty(x => x.State, FollowUpState.Cancelled), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }

        // A question withdrawn before it was answered leaves every queue at once.
        await feed.PublishAsync(new QueueChange(QueueChangeKind.StatusChanged, questionId), cancellationToken);
        return true;
    }
}
