using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// A supervisor approves the article as it stands and it goes up at /advice/{slug}: only while the writer still
/// consents, and only once the supervisor confirms they read it as a stranger would, whatever the scan still marks.
/// </summary>
public sealed class PublishArticle(IDbContextFactory<PortalDbContext> contexts, ArticleChanges changes, ArticleProtector protector, TimeProvider clock)
{
    public const string ConfirmedField = "Confirmed";

    public async Task<CaseActionResult> HandleAsync(Guid articleId, Guid? seenVersion, bool confirmed, StaffMember by, CancellationToken cancellationToken = default)
    {
        if (!by.IsSupervisor)
        {
            return CaseActionResult.Refused("Only a supervisor can publish an article.");
        }

        if (!confirmed)
        {
            return new CaseActionResult([new FieldError(ConfirmedField, "Confirm that you have read the article as a stranger would and nothing in it identifies the writer or anyone they know.")]);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // A draft prepared a moment before the writer withdrew, or left from a question since deleted, is not theirs to publish.
            var consents = await db.Articles.Where(a => a.Id == articleId)
                .Join(db.Questions, a => a.QuestionId, q => q.Id, (a, q) => q.ConsentsToPublication && q.ErasedAt == null)
                .SingleOrDefaultAsync(cancellationToken);
            if (!consents)
            {
                return CaseActionResult.Refused("The person who wrote in no longer consents to publication: this article cannot be published.");
            }
        }

        return await changes.ApplyAsync(
            articleId,
            seenVersion,
            article =>
            {
                var text = protector.Open(article.Text);
                article.Publish(by.Id, text.Headline, clock.GetUtcNow());
            },
            cancellationToken,
            (by.Id, "Published"));
    }
}
