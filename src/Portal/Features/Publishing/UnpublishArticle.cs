using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>A supervisor takes an article down at once; it can be edited and published again at the same address.</summary>
public sealed class UnpublishArticle(ArticleChanges changes, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid articleId, StaffMember by, CancellationToken cancellationToken = default) =>
        by.IsSupervisor
            ? changes.ApplyAsync(articleId, seenVersion: null, article => article.Unpublish(clock.GetUtcNow()), cancellationToken, (by.Id, "Took down"))
            : Task.FromResult(CaseActionResult.Refused("Only a supervisor can take an article down."));
}
