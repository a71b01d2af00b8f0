using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Questions;

/// <summary>Everything a person sent, checked against <see cref="IntakeRules"/> and tidied; still in plain text.</summary>
public sealed record QuestionSubmission
{
    private QuestionSubmission()
    {
    }

    public required ScreeningAnswers Screening { get; init; }

    public required Topic Topic { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public AgeRange? AgeRange { get; init; }

    public string? State { get; init; }

    public string? Language { get; init; }

    public required string PenName { get; init; }

    /// <summary>Kept only when the person said it is safe to email them there.</summary>
    public string? Email { get; init; }

    public bool ConsentsToFollowUp { get; init; }

    public bool ConsentsToPublication { get; init; }

    /// <summary>The letter itself goes by email, as an attachment; only with an address that is safe to use.</summary>
    public bool WantsLetterByEmail { get; init; }

    public static QuestionSubmission Create(
        SafetyAnswers safety,
        Topic? topic,
        string? title,
        string? text,
        AgeRange? ageRange,
        string? state,
        string? language,
        string? penName,
        string? email,
        bool? emailIsSafe,
        bool consentsToFollowUp,
        bool consentsToPublication,
        bool wantsLetterByEmail = false)
    {
        ArgumentNullException.ThrowIfNull(safety);
        var errors = IntakeRules.CheckSafety(safety)
            .Concat(IntakeRules.CheckTopic(topic))
            .Concat(IntakeRules.CheckQuestion(title, text))
            .Concat(IntakeRules.CheckAboutYou(state, language))
            .Concat(IntakeRules.CheckSigningOff(penName, email, emailIsSafe))
            .ToList();
        if (ageRange is { } range && !Enum.IsDefined(range))
        {
            errors.Add(new FieldError("AgeRange", "Choose an age range from the list."));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var address = email?.Trim();
        return new QuestionSubmission
        {
            Screening = safety.ToScreening(),
            Topic = topic!.Value,
            Title = title!.Trim(),
            Text = text!.Trim(),
            AgeRange = ageRange,
            State = string.IsNullOrEmpty(state) ? null : state.ToUpperInvariant() == IntakeRules.OutsideUs.ToUpperInvariant() ? IntakeRules.OutsideUs : state.ToUpperInvariant(),
            Language = string.IsNullOrEmpty(language) ? null : language,
            PenName = penName!.Trim(),
            Email = string.IsNullOrEmpty(address) || emailIsSafe != true ? null : address,
            ConsentsToFollowUp = consentsToFollowUp,
            ConsentsToPublication = consentsToPublication,
            WantsLetterByEmail = wantsLetterByEmail && !string.IsNullOrEmpty(address) && emailIsSafe == true,
        };
    }
}
