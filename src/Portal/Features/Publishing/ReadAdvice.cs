using System.Numerics;
using AdviceIntake.Domain.Letters;
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
        Guid Id, string Slug, ArticleText Text, Topic Topic, Concerns Concerns, LetterSignature Counselor, DateTimeOffset PublishedAt,
        IReadOnlyList<Card> Related, IReadOnlyList<PublishedComment> Comments)
    {

        /// <summary>The dangers the article touches, as the crisis box reads them: its lines, most urgent first.</summary>
        public RiskAssessment Help => Concerns == Concerns.None
            ? RiskAssessment.Routine
            : new RiskAssessment(RiskLevel.High, [.. Enum.GetValues<Concerns>()
                .Where(c => BitOperations.IsPow2((int)c) && Concerns.HasFlag(c))
                .Select(c => new RiskReason(RiskLevel.High, c, c.ToString()))]);
    }

    public sealed record Index(IReadOnlyList<Card> Articles, IReadOnlyDictionary<Topic, int> Topics, int Total);

    /// <summary>
    /// The published articles, by topic, and for a search those that share most of its words first. Words are compared
    /// loosely, as people type them: any case, curly or straight apostrophes, British or American doubling
    /// ("counselling", "counseling"), part of a word ("counsel").
    /// </summary>
    public async Task<Index> IndexAsync(Topic? topic, string? search, CancellationToken cancellationToken = default)
    {
        var all = await CardsAsync(cancellationToken);
        var terms = Words(search ?? string.Empty).Where(w => w.Length >= 2 && !Ignored.Contains(w)).Distinct().ToList();
        var inTopic = all.Where(a => topic is null || a.Card.Topic == topic);
        var shown = terms.Count == 0
            ? inTopic.Select(a => a.Card).ToList()
            : inTopic
                .Select(a => (a.Card, Score: Score(terms, a.Text)))
                .Where(a => a.Score > 0)
                .OrderByDescending(a => a.Score)
                .ThenByDescending(a => a.Card.PublishedAt)
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
            article.Id, article.Slug!, protector.Open(article.Text), article.Topic, article.Concerns, article.Counselor, article.PublishedAt!.Value, [.. related.Select(a => CardOf(a, protector.Open(a.Text)))], comments);
    }

    private async Task<List<(Card Card, ArticleText Text)>> CardsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.Articles.AsNoTracking().Where(a => a.State == ArticleState.Published)
            .OrderByDescending(a => a.PublishedAt).ToListAsync(cancellationToken);
        return [.. published.Select(a => protector.Open(a.Text) is var text ? (CardOf(a, text), text) : default)];
    }

    // Words that say nothing about what an article is about.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "the", "and", "or", "an", "to", "of", "in", "on", "at", "for", "with", "my", "me", "is", "it", "be", "do", "does", "he", "she",
        "we", "you", "your", "his", "her", "what", "how", "when", "why", "who", "can", "not", "but", "so", "if", "this", "that", "am", "are",
    };

    private static int Score(IReadOnlyList<string> terms, ArticleText text)
    {
        var words = $" {string.Join(' ', Words($"{text.Headline} {text.Question} {text.Answer}"))} ";
        var headline = $" {string.Join(' ', Words(text.Headline))} ";
        return terms.Sum(t => (words.Contains($" {t}", StringComparison.Ordinal) ? 1 : 0) + (headline.Contains($" {t}", StringComparison.Ordinal) ? 1 : 0));
    }

    /// <summary>Lower-case words with apostrophes dropped and doubled letters made single, so spellings meet.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length == 0 || word[^1] != c)
                {
                    word.Append(c);
                }
            }
            else if (c is not ('\'' or '\u2019' or '\u2018') && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    private static Card CardOf(Article article, ArticleText text)
    {
        var question = text.Question.ReplaceLineEndings(" ");
        var excerpt = question.Length <= ExcerptLength ? question : string.Concat(question.AsSpan(0, question.LastIndexOf(' ', ExcerptLength) is > 0 and var cut ? cut : ExcerptLength), "…");
        return new Card(article.Slug!, text.Headline, article.Topic, excerpt, article.PublishedAt!.Value);
    }
}
