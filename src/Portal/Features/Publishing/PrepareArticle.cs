using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// Makes an article draft from a released answer whose writer consented to publication: the question's title as the
/// headline, the question and the answer copied for editing. The case keeps its own text. Asked again, it opens the
/// draft already made.
/// </summary>
public sealed class PrepareArticle(IDbContextFactory<PortalDbContext> contexts, QuestionProtector questions, ArticleProtector articles, TimeProvider clock)
{
    public sealed record Result(Guid? ArticleId, string? Problem);

    public async Task<Result> HandleAsync(Guid questionId, StaffMember by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        if (question is null || question.ErasedAt is not null)
        {
            return new Result(null, "This question no longer exists.");
        }

        if (!question.ConsentsToPublication)
        {
            return new Result(null, "The person has not consented to publication, so no article can be made from this answer.");
        }

        if (question.Status != QuestionStatus.Answered || question.Answer is not { ReleasedAt: not null } answer)
        {
            return new Result(null, "An article can be prepared once the answer has been released to the person.");
        }

        var existing = await db.Articles.Where(a => a.QuestionId == questionId && a.State != ArticleState.Withdrawn)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new Result(existing, null);
        }

        var profile = await db.Users.AsNoTracking().Where(u => u.Id == answer.AuthorId).Select(u => u.Profile).SingleOrDefaultAsync(cancellationToken);
        var title = questions.OpenTitle(question.Sealed);
        var text = ArticleText.Create(
            Headline(title, question.Topic), questions.OpenPenName(question.Sealed), questions.OpenText(question.Sealed), questions.OpenAnswer(answer.SealedBody));
        var now = clock.GetUtcNow();
        var article = Article.Prepare(question.Id, articles.Seal(text), question.Topic, Dangers(question), LetterSignature.For(profile), by.Id, now);
        db.Articles.Add(article);
        db.CaseEvents.Add(CaseEvent.ArticlePrepared(question.Id, by.Id, now));
        await db.SaveChangesAsync(cancellationToken);
        return new Result(article.Id, null);
    }

    private static string Headline(string title, Topic topic) =>
        string.IsNullOrWhiteSpace(title) ? $"A question about {topic.Describe().ToLowerInvariant()}" : title;

    /// <summary>
    /// The dangers the article's readers may share: those the question was flagged for, and abuse at home whenever the
    /// topic is trauma and abuse, so the column's caution and hotline go with every such article.
    /// </summary>
    internal static Concerns Dangers(Question question)
    {
        var flagged = question.EffectiveRiskLevel >= RiskLevel.High
            ? question.RiskReasons.Where(r => r.Level >= RiskLevel.High).Aggregate(Concerns.None, (all, r) => all | r.Concern)
            : Concerns.None;
        return question.Topic == Topic.TraumaAndAbuse ? flagged | Concerns.DomesticViolence : flagged;
    }
}
