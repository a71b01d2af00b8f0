using AdviceIntake.Domain.Common;

namespace AdviceIntake.Domain.Answers;

/// <summary>
/// A passage supervisors keep for answers that recur ("When a partner refuses therapy…"). Placeholders such as
/// {PenName} and {CounselorName} are filled in when a counselor inserts it.
/// </summary>
public sealed class Snippet
{
    public const int TitleMaxLength = 100;
    public const int BodyMaxLength = 8_000;

    /// <summary>Every placeholder a snippet may use, with what it becomes.</summary>
    public static readonly IReadOnlyList<(string Token, string Meaning)> Placeholders =
    [
        ("{PenName}", "the pen name the person signed with"),
        ("{CounselorName}", "your name as you sign letters"),
    ];

    private Snippet()
    {
        Title = string.Empty;
        Body = string.Empty;
        UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public static Snippet Create(string? title, string? body, string supervisorId, DateTimeOffset now)
    {
        var snippet = new Snippet { Id = Guid.CreateVersion7(now) };
        snippet.Change(title, body, supervisorId, now);
        return snippet;
    }

    public void Change(string? title, string? body, string supervisorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(supervisorId);
        var errors = new FieldErrors();
        var name = TextRules.Tidy(title);
        var text = (body ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            errors.Add(nameof(Title), "Give the snippet a short title counselors will recognise.");
        }
        else if (name.Length > TitleMaxLength || TextRules.HasUnreadableCharacters(title!))
        {
            errors.Add(nameof(Title), $"The title must be one line of {TitleMaxLength} characters or fewer.");
        }

        if (text.Length == 0)
        {
            errors.Add(nameof(Body), "Write the text of the snippet.");
        }
        else if (text.Length > BodyMaxLength || TextRules.HasUnreadableCharacters(text, allowLineBreaks: true))
        {
            errors.Add(nameof(Body), $"The text must be {BodyMaxLength:N0} characters or fewer, without unreadable characters.");
        }
        else if (UnknownPlaceholder(text) is { } unknown)
        {
            errors.Add(nameof(Body), $"{unknown} is not a placeholder. Use {string.Join(" or ", Placeholders.Select(p => p.Token))}.");
        }

        errors.ThrowIfAny();
        Title = name;
        Body = text;
        UpdatedBy = supervisorId;
        UpdatedAt = now;
    }

    /// <summary>The snippet as it goes into one answer.</summary>
    public string Fill(string penName, string counselorName) => Fill(Body, penName, counselorName);

    /// <summary>A snippet's text as it goes into one answer.</summary>
    public static string Fill(string body, string penName, string counselorName)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Replace("{PenName}", penName, StringComparison.Ordinal).Replace("{CounselorName}", counselorName, StringComparison.Ordinal);
    }

    private static string? UnknownPlaceholder(string text)
    {
        var at = 0;
        while ((at = text.IndexOf('{', at)) >= 0)
        {
            var end = text.IndexOf('}', at);
            if (end < 0)
            {
                return null;
            }

            var token = text[at..(end + 1)];
            if (token.Length <= 30 && token.Skip(1).SkipLast(1).All(char.IsAsciiLetter) && !Placeholders.Any(p => p.Token == token))
            {
                return token;
            }

            at = end + 1;
        }

        return null;
    }
}
