using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Domain.Publishing;

/// <summary>
/// What an article says, as an editor writes it: a headline, the pen name it is signed with, the question and the
/// answer (in the answer's own light markup). Only <see cref="Create"/> makes one, so every stored article meets these
/// rules before it is sealed.
/// </summary>
public sealed record ArticleText
{
    // The same limits as the question and answer it is made from, so a copy always fits.
    public const int HeadlineMaxLength = IntakeRules.TitleMaxLength;
    public const int PenNameMaxLength = IntakeRules.PenNameMaxLength;
    public const int QuestionMaxLength = IntakeRules.TextMaxLength;
    public const int AnswerMaxLength = AnswerRules.BodyMaxLength;

    private ArticleText(string headline, string penName, string question, string answer)
    {
        Headline = headline;
        PenName = penName;
        Question = question;
        Answer = answer;
    }

    public string Headline { get; }

    public string PenName { get; }

    public string Question { get; }

    public string Answer { get; }

    public static ArticleText Create(string? headline, string? penName, string? question, string? answer)
    {
        var errors = new FieldErrors();
        var title = TextRules.Tidy(headline);
        var signed = TextRules.Tidy(penName);
        var asked = (question ?? string.Empty).Trim();
        var answered = (answer ?? string.Empty).Trim();
        if (title.Length == 0)
        {
            errors.Add(nameof(Headline), "Write a headline for the article.");
        }
        else if (title.Length > HeadlineMaxLength)
        {
            errors.Add(nameof(Headline), $"The headline must be {HeadlineMaxLength} characters or fewer. It has {title.Length}.");
        }
        else if (TextRules.HasUnreadableCharacters(headline!))
        {
            errors.Add(nameof(Headline), "The headline must be one line of plain text.");
        }

        if (signed.Length == 0)
        {
            errors.Add(nameof(PenName), "Enter the pen name the question is signed with.");
        }
        else if (signed.Length > PenNameMaxLength)
        {
            errors.Add(nameof(PenName), $"The pen name must be {PenNameMaxLength} characters or fewer. It has {signed.Length}.");
        }
        else if (TextRules.HasUnreadableCharacters(penName!))
        {
            errors.Add(nameof(PenName), "The pen name must be one line of plain text.");
        }

        Check(errors, nameof(Question), "question", asked, QuestionMaxLength);
        Check(errors, nameof(Answer), "answer", answered, AnswerMaxLength);
        errors.ThrowIfAny();
        return new ArticleText(title, signed, asked, answered);
    }

    private static void Check(FieldErrors errors, string field, string name, string value, int maxLength)
    {
        if (value.Length == 0)
        {
            errors.Add(field, $"Write the {name} as it will be published.");
        }
        else if (value.Length > maxLength)
        {
            errors.Add(field, $"The {name} must be {maxLength:N0} characters or fewer. It has {value.Length:N0}.");
        }
        else if (TextRules.HasUnreadableCharacters(value, allowLineBreaks: true))
        {
            errors.Add(field, $"The {name} has characters that cannot be shown. Remove them and save again.");
        }
    }
}
