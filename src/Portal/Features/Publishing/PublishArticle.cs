using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>A supervisor approves the article as it stands and it goes up at /advice/{slug}.</summary>
public sealed class PublishArticle(ArticleChanges changes, ArticleProtector protector, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid articleId, Guid? seenVersion, StaffMember by, CancellationToken cancellationToken = default) =>
        by.IsSupervisor
            ? changes.ApplyAsync(articleId, seenVersion, article => article.Publish(by.Id, protector.Open(article.Text).Headline, clock.GetUtcNow()), cancellationToken, (by.Id, "Published"))
            : Task.FromResult(CaseActionResult.Refused("Only a supervisor can publish an article."));
}
