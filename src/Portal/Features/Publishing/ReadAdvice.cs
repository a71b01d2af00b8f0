using System.Numerics;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// The public advice column: published articles only. Their text is sealed at rest like everything that began as the
/// person's words, so a search opens the published ones and looks in them; a column holds hundreds, not millions.
/// </summary>
public sealed class ReadAdvice(IDbContextFactory<PortalDbContext> contexts, ArticleProtector protector)
{
    public const int RelatedCount = 3;
    private const int ExcerptLength = 220;

    public sealed record Card(string Slug, string Headline, Topic Topic, string Excerpt, DateTimeOffset PublishedAt);

    public sealed record PublishedComment(string Name, string Text, DateTimeOffset PostedAt);

    public sealed record Published(
        Guid Id, string Slug, ArticleText Text, Topic Topic, Concerns Concerns, string CounselorName, string CounselorCredentials,
        string CounselorBio, DateTimeOffset PublishedAt, IReadOnlyList<Card> Related, IReadOnlyList<PublishedComment> Comments)
    {
        public string Signature => CounselorCredentials.Length == 0 ? CounselorName : $"{CounselorName}, {CounselorCredentials}";

        /// <summary>The dangers the article touches, as the crisis box reads them: its lines, most urgent first.</summary>
        public RiskAssessment Help => Concerns == Concerns.None
            ? RiskAssessment.Routine
            : new RiskAssessment(RiskLevel.High, [.. Enum.GetValues<Concerns>()
                .Where(c => BitOperations.IsPow2((int)c) && Concerns.HasFlag(c))
                .Select(c => new RiskReason(RiskLevel.High, c, c.ToString()))]);
    }

    public sealed record Index(IReadOnlyList<Card> Articles, IReadOnlyDictionary<Topic, int> Topics, int Total);

    public async Task<Index> IndexAsync(Topic? topic, string? search, CancellationToken cancellationToken = default)
    {
        var all = await CardsAsync(cancellationToken);
        var terms = (search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var shown = all.Where(a => (topic is null || a.Card.Topic == topic)
                && terms.All(t => a.Text.Headline.Contains(t, StringComparison.OrdinalIgnoreCase)
                    || a.Text.Question.Contains(t, StringComparison.OrdinalIgnoreCase)
                    || a.Text.Answer.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Card)
            .ToList();
        return new Index(shown, all.CountBy(a => a.Card.Topic).ToDictionary(), all.Count);
    }

    public async Task<Published?> ArticleAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug && a.State == ArticleState.Published, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var related = await db.Articles.AsNoTracking()
            .Where(a => a.State == ArticleState.Published && a.Topic == article.Topic && a.Id != article.Id)
            .OrderByDescending(a => a.PublishedAt)
            .Take(RelatedCount)
            .ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == article.Id && c.State == CommentState.Approved)
            .OrderBy(c => c.PostedAt)
            .Select(c => new PublishedComment(c.Name, c.Text, c.PostedAt))
            .ToListAsync(cancellationToken);
        return new Published(
            article.Id, article.Slug!, protector.Open(article.Text), article.Topic, article.Concerns, article.CounselorName, article.CounselorCredentials,
            article.CounselorBio, article.PublishedAt!.Value, [.. related.Select(a => CardOf(a, protector.Open(a.Text)))], comments);
    }

    private async Task<List<(Card Card, ArticleText Text)>> CardsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.Articles.AsNoTracking().Where(a => a.State == ArticleState.Published)
            .OrderByDescending(a => a.PublishedAt).ToListAsync(cancellationToken);
        return [.. published.Select(a => protector.Open(a.Text) is var text ? (CardOf(a, text), text) : default)];
    }

    private static Card CardOf(Article article, ArticleText text)
    {
        var question = text.Question.ReplaceLineEndings(" ");
        var excerpt = question.Length <= ExcerptLength ? question : string.Concat(question.AsSpan(0, question.LastIndexOf(' ', ExcerptLength) is > 0 and var cut ? cut : ExcerptLength), "…");
        return new Card(article.Slug!, text.Headline, article.Topic, excerpt, article.PublishedAt!.Value);
    }
}
