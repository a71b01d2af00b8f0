using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// The answers so far, kept sealed on the server for the browser writing them until the person sends them
/// (<see cref="IntakeDrafts"/>). Every property is settable because each page's answers are applied to it and it is
/// read back from its sealed JSON.
/// </summary>
public sealed class IntakeDraft
{
    public bool? InDangerNow { get; set; }

    public bool? ThoughtsOfSelfHarm { get; set; }

    public HarmFrom? HarmFrom { get; set; }

    public bool? ChildBeingHurt { get; set; }

    public Topic? Topic { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public AgeRange? AgeRange { get; set; }

    public string? State { get; set; }

    public string? Language { get; set; }

    public string? PenName { get; set; }

    public string? Email { get; set; }

    public bool? EmailIsSafe { get; set; }

    public bool? WantsLetterByEmail { get; set; }

    public bool? ConsentsToFollowUp { get; set; }

    public bool? ConsentsToPublication { get; set; }

    public ScreeningAnswers Screening => new(
        InDangerNow == true, ThoughtsOfSelfHarm == true, HarmFrom ?? Domain.Risk.HarmFrom.NoOne, ChildBeingHurt == true);

    public RiskAssessment Risk => RiskAssessor.Assess(Screening, Title, Text);

    public SubmitQuestion.Input ToInput() => new(
        new SafetyAnswers(InDangerNow, ThoughtsOfSelfHarm, HarmFrom, ChildBeingHurt), Topic, Title, Text, AgeRange, State, Language, PenName, Email, EmailIsSafe,
        ConsentsToFollowUp == true, ConsentsToPublication == true) { WantsLetterByEmail = WantsLetterByEmail == true };
}
