using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// An article for its editor: the text, and what the scan marks in it as possibly identifying the person. A draft begins
/// as a copy of the question, so every opening is audited like a case's.
/// </summary>
public sealed class LoadArticle(IDbContextFactory<PortalDbContext> contexts, ArticleProtector protector, AuditTrail audit)
{
    public sealed record Editing(
        Guid Id,
        Guid QuestionId,
        string Reference,
        ArticleState State,
        bool IsEditable,
        Guid Version,
        string? Slug,
        Topic Topic,
        ArticleText Text,
        string Signature,
        DateTimeOffset UpdatedAt,
        IReadOnlyList<IdentifyingDetail> InHeadline,
        IReadOnlyList<IdentifyingDetail> InPenName,
        IReadOnlyList<IdentifyingDetail> InQuestion,
        IReadOnlyList<IdentifyingDetail> InAnswer)
    {
        public int Marks => InHeadline.Count + InPenName.Count + InQuestion.Count + InAnswer.Count;
    }

    public async Task<Editing?> HandleAsync(Guid articleId, StaffMember viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Articles.AsNoTracking()
            .Join(db.Questions, a => a.QuestionId, q => q.Id, (a, q) => new { Article = a, q.Reference })
            .SingleOrDefaultAsync(x => x.Article.Id == articleId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var article = found.Article;
        await audit.RecordAsync(AuditAction.ArticleOpened, viewer.Id, article.Id.ToString(), found.Reference.ToString(), cancellationToken);
        var text = protector.Open(article.Text);
        return new Editing(
            article.Id, article.QuestionId, found.Reference.ToString(), article.State, article.IsEditable, article.Version, article.Slug, article.Topic, text, article.Counselor.NameAndCredentials,
            article.UpdatedAt,
            IdentifyingDetails.Find(text.Headline), IdentifyingDetails.FindInPenName(text.PenName), IdentifyingDetails.Find(text.Question), IdentifyingDetails.Find(text.Answer));
    }
}
