using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// The moderation queue: comments awaiting a decision, flagged ones first, then oldest first, each with what the scan
/// marks in its text as possibly identifying someone (the name is the one the commenter chose to show); and the
/// comments shown lately, so an approval can be taken back.
/// </summary>
public sealed class ListComments(IDbContextFactory<PortalDbContext> contexts, ArticleProtector protector)
{
    public const int PageSize = 50;
    public const int ShownCount = 30;

    public sealed record Row(
        Guid Id, Guid Version, Guid ArticleId, string ArticleHeadline, string? ArticleSlug, bool ArticlePublished, string Name, string Text,
        DateTimeOffset PostedAt, RiskLevel Risk, string RiskReasons, IReadOnlyList<IdentifyingDetail> Marks);

    public sealed record Queue(IReadOnlyList<Row> Rows, int Waiting, IReadOnlyList<Row> Shown);

    public async Task<Queue> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Comments.AsNoTracking().Where(c => c.State == CommentState.AwaitingModeration);
        var rows = await waiting
            .Join(db.Articles.AsNoTracking(), c => c.ArticleId, a => a.Id, (c, a) => new { Comment = c, a.Text, a.Slug, a.State })
            .OrderByDescending(x => x.Comment.Risk).ThenBy(x => x.Comment.PostedAt)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var shown = await db.Comments.AsNoTracking().Where(c => c.State == CommentState.Approved)
            .Join(db.Articles.AsNoTracking(), c => c.ArticleId, a => a.Id, (c, a) => new { Comment = c, a.Text, a.Slug, a.State })
            .OrderByDescending(x => x.Comment.ModeratedAt)
            .Take(ShownCount)
            .ToListAsync(cancellationToken);
        return new Queue(
            [.. rows.Select(x => RowOf(x.Comment, x.Text, x.Slug, x.State))],
            await waiting.CountAsync(cancellationToken),
            [.. shown.Select(x => RowOf(x.Comment, x.Text, x.Slug, x.State))]);
    }

    private Row RowOf(Comment comment, SealedArticle article, string? slug, ArticleState state) => new(
        comment.Id, comment.Version, comment.ArticleId, protector.Open(article).Headline, slug, state == ArticleState.Published, comment.Name,
        comment.Text, comment.PostedAt, comment.Risk, comment.RiskReasons, IdentifyingDetails.Find(comment.Text));
}
