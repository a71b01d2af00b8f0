using AdviceIntake.Domain.Common;

namespace AdviceIntake.Domain.Publishing;

/// <summary>
/// A reader's comment as they sent it, checked: a name to show, an email that is never shown, the comment (5 to 2,000
/// characters) and the terms accepted. Markup is kept as the reader typed it and always shown as text.
/// </summary>
public sealed record CommentForm
{
    public const int NameMaxLength = 60;
    public const int EmailMaxLength = 254;
    public const int TextMinLength = 5;
    public const int TextMaxLength = 2_000;

    private CommentForm(string name, string email, string text)
    {
        Name = name;
        Email = email;
        Text = text;
    }

    public string Name { get; }

    public string Email { get; }

    public string Text { get; }

    public static CommentForm Create(string? name, string? email, string? text, bool acceptsTerms)
    {
        var errors = new FieldErrors();
        var shown = TextRules.Tidy(name);
        var address = (email ?? string.Empty).Trim();
        var comment = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (shown.Length == 0)
        {
            errors.Add(nameof(Name), "Enter your name, or a name to show with your comment.");
        }
        else if (shown.Length > NameMaxLength)
        {
            errors.Add(nameof(Name), $"Your name must be {NameMaxLength} characters or fewer.");
        }
        else if (TextRules.HasUnreadableCharacters(name!) || HasDirectionControls(shown))
        {
            errors.Add(nameof(Name), "Your name has characters we cannot show. Use letters, numbers and punctuation.");
        }

        if (address.Length == 0)
        {
            errors.Add(nameof(Email), "Enter your email address. It is never shown.");
        }
        else if (address.Length > EmailMaxLength || !EmailAddresses.IsValid(address))
        {
            errors.Add(nameof(Email), "Enter an email address in the right format, like name@example.com.");
        }

        if (comment.Length == 0)
        {
            errors.Add(nameof(Text), "Write your comment.");
        }
        else if (comment.Length < TextMinLength)
        {
            errors.Add(nameof(Text), $"Your comment must be at least {TextMinLength} characters.");
        }
        else if (comment.Length > TextMaxLength)
        {
            errors.Add(nameof(Text), $"Your comment must be {TextMaxLength:N0} characters or fewer. It has {comment.Length:N0}.");
        }
        else if (TextRules.HasUnreadableCharacters(comment, allowLineBreaks: true) || HasDirectionControls(comment))
        {
            errors.Add(nameof(Text), "Your comment has characters we cannot show. Remove them and try again.");
        }

        if (!acceptsTerms)
        {
            errors.Add("AcceptsTerms", "Accept the comment terms to send your comment.");
        }

        errors.ThrowIfAny();
        return new CommentForm(shown, address, comment);
    }

    /// <summary>
    /// Characters that reverse or isolate the direction of the text after them: shown to every reader, they can make a
    /// comment or a name read as something else. Arabic and Hebrew need none of them.
    /// </summary>
    private static bool HasDirectionControls(string text) =>
        text.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
}
