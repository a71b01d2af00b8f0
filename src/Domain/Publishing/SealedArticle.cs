namespace AdviceIntake.Domain.Publishing;

/// <summary>
/// An <see cref="ArticleText"/> as stored: a draft copies the person's words before an editor takes out what could
/// identify them, so it is sealed like the question it came from.
/// </summary>
public sealed record SealedArticle(string Headline, string PenName, string Question, string Answer);
