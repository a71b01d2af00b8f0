namespace AdviceIntake.Domain.Letters;

/// <summary>
/// The services a counselor recommends: crisis lines first when the question showed danger, then the chosen services
/// by category, the counselor's note, and the reminder that a listing is not an endorsement.
/// </summary>
public sealed record ReferralSheet(
    ServiceLetterhead Service,
    DateOnly Date,
    string Reference,
    string PenName,
    IReadOnlyList<ServiceListing> CrisisLines,
    IReadOnlyList<ListingGroup> Groups,
    string? CounselorNote,
    LetterSignature Signature)
{
    public const string Disclaimer =
        "A listing is not an endorsement. Services change their hours and numbers: each service listed by category shows the day we last checked it.";

    public string Title => $"{Service.Name}: services that may help";
}
