using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk;

/// <summary>The dangers the assessment looks for, each after a clinical instrument or practice (see decision 9).</summary>
public enum DangerConcept
{
    Suicide,
    SelfHarm,
    Ingestion,
    ImmediateDanger,
    PartnerViolence,
    ChildMaltreatment,
    SexualAssault,
    ElderAbuse,
}

public static class DangerConcepts
{
    /// <summary>The concern a danger raises, which decides the help a person is shown.</summary>
    public static Concerns Concern(this DangerConcept concept) => concept switch
    {
        DangerConcept.Suicide or DangerConcept.SelfHarm => Concerns.SuicideOrSelfHarm,
        DangerConcept.Ingestion => Concerns.Poisoning,
        DangerConcept.ImmediateDanger => Concerns.ImmediateDanger,
        DangerConcept.PartnerViolence => Concerns.DomesticViolence,
        DangerConcept.ChildMaltreatment => Concerns.ChildAbuse,
        DangerConcept.SexualAssault => Concerns.SexualAssault,
        DangerConcept.ElderAbuse => Concerns.ElderAbuse,
        _ => throw new ArgumentOutOfRangeException(nameof(concept)),
    };

    /// <summary>
    /// The second danger a danger always is, whose help it needs too, however it was found: an overdose or poisoning is
    /// danger right now, so 911 comes first.
    /// </summary>
    internal static DangerConcept? AlwaysAlso(this DangerConcept concept) =>
        concept == DangerConcept.Ingestion ? DangerConcept.ImmediateDanger : null;

    public static string Describe(this DangerConcept concept) => concept switch
    {
        DangerConcept.Suicide => "suicide",
        DangerConcept.SelfHarm => "self-harm",
        DangerConcept.Ingestion => "overdose or poisoning",
        DangerConcept.ImmediateDanger => "danger right now",
        DangerConcept.PartnerViolence => "partner violence",
        DangerConcept.ChildMaltreatment => "a child at risk",
        DangerConcept.SexualAssault => "sexual assault",
        DangerConcept.ElderAbuse => "elder or dependent adult abuse",
        _ => throw new ArgumentOutOfRangeException(nameof(concept)),
    };
}
