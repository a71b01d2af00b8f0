using System.Collections.Immutable;

namespace AdviceIntake.Domain.Referrals;

/// <summary>The directory's words for its categories, in the order a sheet lists them: danger to life first.</summary>
public static class ConcernNames
{
    public static readonly ImmutableArray<Concerns> InSheetOrder =
    [
        Concerns.ImmediateDanger, Concerns.Poisoning, Concerns.SuicideOrSelfHarm, Concerns.DomesticViolence, Concerns.SexualAssault,
        Concerns.ChildAbuse, Concerns.ElderAbuse, Concerns.SubstanceUse, Concerns.EmotionalSupport, Concerns.MentalHealth,
        Concerns.CouplesTherapy, Concerns.FamilyTherapy, Concerns.Grief, Concerns.LgbtqYouth,
    ];

    public static string Describe(this Concerns concern) => concern switch
    {
        Concerns.ImmediateDanger => "Emergencies",
        Concerns.Poisoning => "Poisoning and overdose",
        Concerns.SuicideOrSelfHarm => "Suicide prevention",
        Concerns.DomesticViolence => "Partner violence",
        Concerns.SexualAssault => "Sexual assault",
        Concerns.ChildAbuse => "Child abuse",
        Concerns.ElderAbuse => "Elder and dependent adult abuse",
        Concerns.SubstanceUse => "Substance use",
        Concerns.EmotionalSupport => "Emotional support",
        Concerns.MentalHealth => "Mental health care",
        Concerns.CouplesTherapy => "Couples therapy",
        Concerns.FamilyTherapy => "Family therapy",
        Concerns.Grief => "Grief",
        Concerns.LgbtqYouth => "LGBTQ+ youth",
        _ => "Other services",
    };

    /// <summary>Each category a set of flags names, in sheet order.</summary>
    public static IEnumerable<Concerns> Each(this Concerns concerns) => InSheetOrder.Where(c => (concerns & c) != 0);

    /// <summary>The category a sheet lists a service under: the first of its categories in sheet order.</summary>
    public static Concerns Primary(this Concerns concerns) => concerns.Each().FirstOrDefault();
}
