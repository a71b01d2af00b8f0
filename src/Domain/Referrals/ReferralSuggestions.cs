using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Domain.Referrals;

/// <summary>
/// Which directory entries a counselor is offered first for a question: those serving its topic or the dangers found
/// in it, national or in the person's state. The counselor decides; this only orders the choice.
/// </summary>
public static class ReferralSuggestions
{
    public static Concerns ForTopic(Topic topic) => topic switch
    {
        Topic.CouplesAndMarriage => Concerns.CouplesTherapy,
        Topic.Family or Topic.Parenting => Concerns.FamilyTherapy,
        Topic.Depression or Topic.Anxiety => Concerns.MentalHealth | Concerns.EmotionalSupport,
        Topic.GriefAndLoss => Concerns.Grief,
        Topic.TraumaAndAbuse => Concerns.DomesticViolence | Concerns.SexualAssault | Concerns.ChildAbuse,
        Topic.Addiction => Concerns.SubstanceUse,
        Topic.Identity => Concerns.LgbtqYouth,
        _ => Concerns.MentalHealth,
    };

    public static bool IsSuggested(ReferralResource resource, Topic topic, Concerns dangers, string? state) =>
        !resource.IsRetired && resource.Kind != ResourceKind.Emergency && resource.Serves(ForTopic(topic) | dangers) && Reaches(resource, state);

    /// <summary>A service in some states only helps someone living there; when the person gave no state, any may.</summary>
    private static bool Reaches(ReferralResource resource, string? state) =>
        resource.Area.Covers(state);
}
