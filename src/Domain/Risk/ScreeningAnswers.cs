namespace AdviceIntake.Domain.Risk;

/// <summary>Who, if anyone, is hurting or threatening the person.</summary>
public enum HarmFrom
{
    NoOne = 0,
    Partner = 1,
    FamilyMember = 2,
    SomeoneElse = 3,
}

/// <summary>The answers to the safety check at the start of the form.</summary>
public sealed record ScreeningAnswers(bool InDangerNow, bool ThoughtsOfSelfHarm, HarmFrom HarmFrom, bool ChildBeingHurt)
{
    public static readonly ScreeningAnswers AllClear = new(false, false, HarmFrom.NoOne, false);

    public bool AnyYes => InDangerNow || ThoughtsOfSelfHarm || HarmFrom != HarmFrom.NoOne || ChildBeingHurt;
}

/// <summary>
/// The safety check as the form sent it, where an answer may be missing. A missing answer is never read as "no":
/// <see cref="Questions.IntakeRules.CheckSafety"/> refuses it.
/// </summary>
public sealed record SafetyAnswers(bool? InDangerNow, bool? ThoughtsOfSelfHarm, HarmFrom? HarmFrom, bool? ChildBeingHurt)
{
    /// <summary>Answers already complete (a question built in code) are safety answers as they stand.</summary>
    public static implicit operator SafetyAnswers(ScreeningAnswers answers) =>
        new(answers.InDangerNow, answers.ThoughtsOfSelfHarm, answers.HarmFrom, answers.ChildBeingHurt);

    /// <summary>The complete answers; only call once <see cref="Questions.IntakeRules.CheckSafety"/> found nothing missing.</summary>
    public ScreeningAnswers ToScreening() => new(
        InDangerNow ?? throw Missing(), ThoughtsOfSelfHarm ?? throw Missing(), HarmFrom ?? throw Missing(), ChildBeingHurt ?? throw Missing());

    private static InvalidOperationException Missing() => new("A safety answer is missing: check the answers first.");
}
