namespace AdviceIntake.Domain.Referrals;

/// <summary>
/// The dangers and needs a resource is there for: the directory's categories. Risk screening names the same concerns,
/// so a danger found in a question leads straight to the services for it.
/// </summary>
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

    /// <summary>An overdose or a poison swallowed: emergency services and Poison Control.</summary>
    Poisoning = 256,

    /// <summary>Abuse, neglect or exploitation of an older or dependent adult: Adult Protective Services.</summary>
    ElderAbuse = 512,

    CouplesTherapy = 1024,
    FamilyTherapy = 2048,
    Grief = 4096,

    /// <summary>Therapy and counseling for depression, anxiety and other mental health needs.</summary>
    MentalHealth = 8192,
}
