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
