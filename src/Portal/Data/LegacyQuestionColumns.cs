namespace AdviceIntake.Portal.Data;

/// <summary>The names the clear-text columns of older questions go by in the model.</summary>
public static class LegacyQuestionColumns
{
    public const string InDangerNow = "LegacyScreeningInDangerNow";
    public const string ThoughtsOfSelfHarm = "LegacyScreeningThoughtsOfSelfHarm";
    public const string HarmFrom = "LegacyScreeningHarmFrom";
    public const string ChildBeingHurt = "LegacyScreeningChildBeingHurt";
    public const string OverrideReason = "LegacyRiskOverrideReason";
}
