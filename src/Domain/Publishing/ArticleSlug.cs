using System.Globalization;
using System.Text;

namespace AdviceIntake.Domain.Publishing;

/// <summary>
/// The article's address: the headline in plain lower-case words joined by hyphens, then a few characters of its id so
/// two articles with one headline never share an address ("when-he-wont-try-therapy-7k2m").
/// </summary>
public static class ArticleSlug
{
    public const int MaxLength = 80;
    private const int WordsMaxLength = MaxLength - 6;

    public static string For(string headline, Guid articleId)
    {
        var words = new StringBuilder();
        foreach (var c in headline.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                words.Append(c);
            }
            else if (words.Length > 0 && words[^1] != '-')
            {
                words.Append('-');
            }
        }

        var text = words.ToString().Trim('-');
        if (text.Length > WordsMaxLength)
        {
            var cut = text.LastIndexOf('-', WordsMaxLength);
            text = text[..(cut > 0 ? cut : WordsMaxLength)];
        }

        var suffix = articleId.ToString("N")[^4..];
        return text.Length == 0 ? $"advice-{suffix}" : $"{text}-{suffix}";
    }
}
