using AdviceIntake.Domain.Publishing;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Questions;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>An editor saves the article's text, checked and sealed; the case's own text is not touched.</summary>
public sealed class SaveArticle(ArticleChanges changes, ArticleProtector protector, TimeProvider clock)
{
    public sealed record Input(Guid ArticleId, Guid? SeenVersion, string? Headline, string? PenName, string? Question, string? Answer, Topic Topic);

    public Task<CaseActionResult> HandleAsync(Input input, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(input.ArticleId, input.SeenVersion, article =>
            article.Edit(protector.Seal(ArticleText.Create(input.Headline, input.PenName, input.Question, input.Answer)), input.Topic, clock.GetUtcNow()),
            cancellationToken);
}
