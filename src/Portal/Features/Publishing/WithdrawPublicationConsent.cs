using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// The person takes back their consent from the status page: the question no longer consents and every article made
/// from it comes down at once and for good, in one transaction. It works after the question was erased by the
/// retention sweep too, which leaves a published article up.
/// </summary>
public sealed class WithdrawPublicationConsent(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAsync(questionId, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Staff changed the case or the article a moment ago; the withdrawal still stands, so read them again.
            }
        }
    }

    private async Task<bool> TryAsync(Guid questionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
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
