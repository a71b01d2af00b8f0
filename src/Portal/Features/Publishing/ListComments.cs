using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>The moderation queue: comments awaiting a decision, flagged ones first, then oldest first.</summary>
public sealed class ListComments(IDbContextFactory<PortalDbContext> contexts, ArticleProtector protector)
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, Guid Version, string ArticleHeadline, string? ArticleSlug, string Name, string Text, DateTimeOffset PostedAt, RiskLevel Risk, string RiskReasons);

    public sealed record Queue(IReadOnlyList<Row> Rows, int Waiting);

    public async Task<Queue> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Comments.AsNoTracking().Where(c => c.State == CommentState.AwaitingModeration);
        var rows = await waiting
            .Join(db.Articles.AsNoTracking(), c => c.ArticleId, a => a.Id, (c, a) => new { Comment = c, a.Text, a.Slug })
            .OrderByDescending(x => x.Comment.Risk).ThenBy(x => x.Comment.PostedAt)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return new Queue(
            [.. rows.Select(x => new Row(x.Comment.Id, x.Comment.Version, protector.Open(x.Text).Headline, x.Slug, x.Comment.Name, x.Comment.Text, x.Comment.PostedAt, x.Comment.Risk, x.Comment.RiskReasons))],
            await waiting.CountAsync(cancellationToken));
    }
}
