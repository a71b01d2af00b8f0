namespace AdviceIntake.Domain.Letters;

/// <summary>
/// The answer as the person receives it, in the voice of an advice column: "Dear <pen name>," the answer,
/// "Kind regards," and the counselor's signature. It carries nothing the person did not write or would not expect:
/// no email address, no state, no risk words.
/// </summary>
public sealed record AnswerLetter(
    ServiceLetterhead Service,
    DateOnly Date,
    string Reference,
    string PenName,
    IReadOnlyList<TextBlock> Body,
    LetterSignature Signature,
    IReadOnlyList<ServiceListing> CrisisLines,
    string? QuestionTitle = null)
{
    public const string Closing = "Kind regards,";

    public string Salutation => $"Dear {PenName},";

    public string Title => $"{Service.Name}: your answer";

    /// <summary>A letter shows crisis lines only where the question showed danger; a routine letter shows none.</summary>
    public bool ShowsCrisisBox => CrisisLines.Count > 0;
}
