using AdviceIntake.Domain.Publishing;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>Every article for the staff: drafts to finish, published ones, and those taken down.</summary>
public sealed class ListArticles(IDbContextFactory<PortalDbContext> contexts, ArticleProtector protector)
{
    public sealed record Row(Guid Id, string Headline, ArticleState State, string? Slug, DateTimeOffset UpdatedAt, int CommentsWaiting);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking().OrderByDescending(a => a.UpdatedAt).Take(500).ToListAsync(cancellationToken);
        var waiting = await db.Comments.Where(c => c.State == CommentState.AwaitingModeration)
            .GroupBy(c => c.ArticleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. articles.Select(a => new Row(a.Id, protector.Open(a.Text).Headline, a.State, a.Slug, a.UpdatedAt, waiting.GetValueOrDefault(a.Id)))];
    }
}
