using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// Erases a question in one transaction: the question's sealed texts and answer, every note and reason in its history,
/// the released PDFs, and every email and check-in not yet sent. What stays (topic, risk, dates, who did what) names
/// nobody. Used by the person from the status page and by the retention sweep.
/// </summary>
public sealed class EraseQuestion(IDbContextFactory<PortalDbContext> contexts, MailDelivery mail, IQueueFeed feed, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid questionId, bool atTheirRequest, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAsync(questionId, atTheirRequest, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Someone changed the case a moment ago (a note, a claim): the erasure still stands, so read it again.
            }
        }
    }

    private async Task<bool> TryAsync(Guid questionId, bool atTheirRequest, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> emails;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
                if (question is null || question.ErasedAt is not null)
                {
                    return false;
                }

                question.Erase(now, atTheirRequest);
                emails = await db.OutboxMessages.Where(m => m.QuestionId == questionId).Select(m => m.Id).ToListAsync(cancellationToken);
                await db.CaseEvents.Where(e => e.QuestionId == questionId && e.SealedNote != null)
                    .ExecuteUpdateAsync(e => e.SetProperty(x => x.SealedNote, (string?)null), cancellationToken);
                await db.ReleasedDocuments.Where(d => d.QuestionId == questionId).ExecuteDeleteAsync(cancellationToken);

                // An article made with their consent is theirs to take back too. The retention sweep leaves a published
                // one up, since it was edited to name nobody and they agreed to it (they may still withdraw it from the
                // status page); a draft or a taken-down copy is still their words, so it goes.
                await db.Articles.Where(a => a.QuestionId == questionId && (atTheirRequest || a.State != ArticleState.Published))
                    .ExecuteDeleteAsync(cancellationToken);

                await db.OutboxMessages.Where(m => m.QuestionId == questionId && m.SentAt == null).ExecuteDeleteAsync(cancellationToken);
                await db.FollowUps.Where(f => f.QuestionId == questionId && f.State == FollowUpState.Planned)
                    .ExecuteUpdateAsync(f => f.SetProperty(x => x.State, FollowUpState.Cancelled).SetProperty(x => x.Version, Guid.NewGuid()), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }

        mail.Forget(emails);

        // A question withdrawn before it was answered leaves every queue at once.
        await feed.PublishAsync(new QueueChange(QueueChangeKind.StatusChanged, questionId), cancellationToken);
        return true;
    }
}
