using AdviceIntake.Domain.Common;

namespace AdviceIntake.Domain.Answers;

/// <summary>What an answer, a referral note and a reviewer's comment must be before they are kept.</summary>
public static class AnswerRules
{
    public const int BodyMaxLength = 40_000;
    public const int NoteMaxLength = 4_000;
    public const int CommentMaxLength = 4_000;
    public const int ReasonMaxLength = 1_000;

    /// <summary>A draft may be empty or half-written; it only has to be text we can keep.</summary>
    public static string CheckDraft(string? body, string field = "Body") =>
        Check(body, field, BodyMaxLength, required: null);

    /// <summary>An answer sent for review must say something.</summary>
    public static string CheckFinished(string? body) =>
        Check(body, "Body", BodyMaxLength, required: "Write the answer before sending it for review.");

    public static string CheckNote(string? note) => Check(note, "SheetNote", NoteMaxLength, required: null);

    public static string CheckComment(string? comment) =>
        Check(comment, "Comment", CommentMaxLength, required: "Write what the counselor should change before returning the answer.");

    /// <summary>Why a crisis line the risk called for is taken off the sheet: others must be able to follow it.</summary>
    public static string CheckRemovalReason(string? reason)
    {
        var text = Check(reason, "Reason", ReasonMaxLength, required: "Write why this crisis line should not be on the sheet.");
        return text.Length < 10
            ? throw new DomainValidationException([new FieldError("Reason", "Write why this crisis line should not be on the sheet, in a sentence others can follow.")])
            : text;
    }

    private static string Check(string? value, string field, int max, string? required)
    {
        var text = (value ?? string.Empty).Trim();
        var problem = text.Length == 0 && required is not null ? required
            : text.Length > max ? $"Keep this to {max:N0} characters or fewer. It is {text.Length:N0} now."
            : TextRules.HasUnreadableCharacters(text, allowLineBreaks: true) ? "This contains characters we cannot show. Remove them and try again."
            : null;
        return problem is null ? text : throw new DomainValidationException([new FieldError(field, problem)]);
    }
}
