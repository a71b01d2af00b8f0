namespace AdviceIntake.Domain.Referrals;

/// <summary>The dangers and needs a resource is there for; risk screening names the same concerns.</summary>
[Flags]
public enum Concerns
{
    None = 0,
    ImmediateDanger = 1,
    SuicideOrSelfHarm = 2,
    DomesticViolence = 4,
    SexualAssault = 8,
    ChildAbuse = 16,
    SubstanceUse = 32,
    LgbtqYouth = 64,
    EmotionalSupport = 128,
}
