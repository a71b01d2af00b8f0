using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// The person takes back their consent from the status page: the question no longer consents and every article made
/// from it comes down at once and for good, in one transaction.
/// </summary>
public sealed class WithdrawPublicationConsent(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId && q.ErasedAt == null, cancellationToken);
        if (question is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        question.WithdrawPublicationConsent(now);
        foreach (var article in await db.Articles.Where(a => a.QuestionId == questionId).ToListAsync(cancellationToken))
        {
            article.Withdraw(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
