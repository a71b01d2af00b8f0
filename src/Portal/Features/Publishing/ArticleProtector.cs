using AdviceIntake.Domain.Publishing;
using Microsoft.AspNetCore.DataProtection;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>
/// Seals an article's text, which starts as a copy of the person's words, and a commenter's email, which is never shown.
/// Each has its own Data Protection purpose, as the question's fields do.
/// </summary>
public sealed class ArticleProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector text = provider.CreateProtector("AdviceIntake.Article.Text.v1");
    private readonly IDataProtector email = provider.CreateProtector("AdviceIntake.Comment.Email.v1");

    public SealedArticle Seal(ArticleText article) => new(
        text.Protect(article.Headline), text.Protect(article.PenName), text.Protect(article.Question), text.Protect(article.Answer));

    /// <summary>The text as stored, read back; it met <see cref="ArticleText"/>'s rules when it was sealed.</summary>
    public ArticleText Open(SealedArticle article) => ArticleText.Create(
        text.Unprotect(article.Headline), text.Unprotect(article.PenName), text.Unprotect(article.Question), text.Unprotect(article.Answer));

    public string SealEmail(string address) => email.Protect(address);
}
