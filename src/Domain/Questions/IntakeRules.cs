using System.Globalization;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Questions;

/// <summary>
/// What each answer on the intake form must be. The form checks one page at a time with these; submission checks
/// them all again, so nothing that breaks them is ever stored.
/// </summary>
public static class IntakeRules
{
    public const int TitleMaxLength = 120;
    public const int TextMinLength = 20;
    public const int TextMaxLength = 10_000;
    public const int PenNameMaxLength = 60;
    public const string OutsideUs = "outside-us";

    public static readonly IReadOnlyList<string> Languages =
        ["English", "Spanish", "Chinese", "Vietnamese", "Tagalog", "Arabic", "French", "Korean", "Russian", "Haitian Creole", "Portuguese", "Other"];

    /// <summary>Every safety question needs an answer: an unanswered one is not a "no".</summary>
    public static IEnumerable<FieldError> CheckSafety(SafetyAnswers safety)
    {
        if (safety.InDangerNow is null)
        {
            yield return new FieldError("InDangerNow", "Answer whether you are in danger right now.");
        }

        if (safety.ThoughtsOfSelfHarm is null)
        {
            yield return new FieldError("ThoughtsOfSelfHarm", "Answer whether you are having thoughts of ending your life or harming yourself.");
        }

        if (safety.HarmFrom is not { } harm || !Enum.IsDefined(harm))
        {
            yield return new FieldError("HarmFrom", "Answer whether someone is hurting or threatening you.");
        }

        if (safety.ChildBeingHurt is null)
        {
            yield return new FieldError("ChildBeingHurt", "Answer whether a child is being hurt.");
        }
    }

    public static IEnumerable<FieldError> CheckTopic(Topic? topic)
    {
        if (topic is null || !Enum.IsDefined(topic.Value))
        {
            yield return new FieldError("Topic", "Choose what your question is about.");
        }
    }

    public static IEnumerable<FieldError> CheckQuestion(string? title, string? text)
    {
        var cleanTitle = (title ?? string.Empty).Trim();
        if (cleanTitle.Length == 0)
        {
            yield return new FieldError("Title", "Enter a short title for your question.");
        }
        else if (cleanTitle.Length > TitleMaxLength)
        {
            yield return new FieldError("Title", $"The title must be {TitleMaxLength} characters or fewer. {TooMany(cleanTitle.Length - TitleMaxLength)}");
        }
        else if (TextRules.HasUnreadableCharacters(cleanTitle))
        {
            yield return new FieldError("Title", "The title must be one line of text.");
        }

        var body = (text ?? string.Empty).Trim();
        if (body.Length == 0)
        {
            yield return new FieldError("Text", "Enter your question.");
        }
        else if (body.Length < TextMinLength)
        {
            yield return new FieldError("Text", $"Your question must be at least {TextMinLength} characters. Tell us a little more.");
        }
        else if (body.Length > TextMaxLength)
        {
            yield return new FieldError("Text", $"Your question must be {TextMaxLength:N0} characters or fewer. {TooMany(body.Length - TextMaxLength)}");
        }
        else if (TextRules.HasUnreadableCharacters(body, allowLineBreaks: true))
        {
            yield return new FieldError("Text", "Your question contains characters we cannot show. Remove them and try again.");
        }
    }

    /// <summary>GOV.UK's words for a field that is too long: the person sees how much to take out.</summary>
    public static string TooMany(int over) =>
        over == 1 ? "You have 1 character too many." : string.Create(CultureInfo.InvariantCulture, $"You have {over:N0} characters too many.");

    public static IEnumerable<FieldError> CheckAboutYou(string? state, string? language)
    {
        if (!string.IsNullOrEmpty(state) && state != OutsideUs && !UsStates.IsKnown(state))
        {
            yield return new FieldError("State", "Choose a state from the list, or \"Outside the US\".");
        }

        if (!string.IsNullOrEmpty(language) && !Languages.Contains(language))
        {
            yield return new FieldError("Language", "Choose a language from the list.");
        }
    }

    public static IEnumerable<FieldError> CheckSigningOff(string? penName, string? email, bool? emailIsSafe)
    {
        var name = (penName ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            yield return new FieldError("PenName", "Enter a pen name, such as \"Dragging Him to Therapy\".");
        }
        else if (name.Length > PenNameMaxLength)
        {
            yield return new FieldError("PenName", $"Your pen name must be {PenNameMaxLength} characters or fewer. {TooMany(name.Length - PenNameMaxLength)}");
        }
        else if (TextRules.HasUnreadableCharacters(name))
        {
            yield return new FieldError("PenName", "Your pen name must be one line of text.");
        }
        else if (name.Contains('@', StringComparison.Ordinal))
        {
            yield return new FieldError("PenName", "Your pen name must not be an email address: it would tell people who you are.");
        }
        else if (name.Count(char.IsAsciiDigit) >= 7)
        {
            yield return new FieldError("PenName", "Your pen name must not be a phone number: it would tell people who you are.");
        }

        var address = (email ?? string.Empty).Trim();
        if (address.Length == 0)
        {
            yield break;
        }

        if (!EmailAddresses.IsValid(address))
        {
            yield return new FieldError("Email", "Enter an email address in the right format, like name@example.com, or leave it empty.");
        }
        else if (emailIsSafe is null)
        {
            yield return new FieldError("EmailIsSafe", "Tell us whether it is safe for us to email you at this address.");
        }
    }
}
