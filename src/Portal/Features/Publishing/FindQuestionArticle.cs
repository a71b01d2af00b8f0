using AdviceIntake.Domain.Publishing;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>The article made from a question, if any, for the case page and the person's status page to say so.</summary>
public sealed class FindQuestionArticle(IDbContextFactory<PortalDbContext> contexts)
{
    public sealed record Found(Guid Id, ArticleState State, string? Slug);

    public async Task<Found?> HandleAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().Where(a => a.QuestionId == questionId)
            .OrderBy(a => a.State == ArticleState.Withdrawn).ThenByDescending(a => a.UpdatedAt)
            .Select(a => new Found(a.Id, a.State, a.Slug))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
