using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// Load an article, let it decide, save against the version the editor saw (decision 12's shape). A change someone else
/// saved first is refused rather than overwritten.
/// </summary>
public sealed class ArticleChanges(IDbContextFactory<PortalDbContext> contexts, AuditTrail audit)
{
    /// <summary>With <paramref name="audited"/>, the change and its row in the audit trail are saved together.</summary>
    public async Task<CaseActionResult> ApplyAsync(
        Guid articleId, Guid? seenVersion, Action<Article> change, CancellationToken cancellationToken, (string ActorId, string Detail)? audited = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return CaseActionResult.Refused("This article no longer exists.");
        }

        if (seenVersion is { } seen && seen != article.Version)
        {
            return CaseActionResult.Refused("Someone else changed this article a moment ago. Reload it to see their change before making yours.");
        }

        try
        {
            change(article);
            if (audited is var (actor, detail))
            {
                await audit.SaveWithAsync(db, AuditAction.ArticlePublicationChanged, actor, article.Id.ToString(), detail, cancellationToken);
            }
            else
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return CaseActionResult.Done;
        }
        catch (DomainValidationException e)
        {
            return new CaseActionResult(e.Errors);
        }
        catch (LifecycleException e)
        {
            return CaseActionResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseActionResult.Refused("Someone else changed this article a moment ago. Reload it to see their change before making yours.");
        }
    }
}
