namespace AdviceIntake.Domain.Questions;

/// <summary>
/// The confidential parts of a question as ciphertext. The domain stores and moves them but never reads them; only
/// the portal's protector turns them back into words, for a person allowed to see them.
/// </summary>
/// <param name="Screening">The answers to the safety questions: what someone said about their own danger is as private as
/// their words. Absent only on a question stored before answers were sealed, until start-up seals it.</param>
public sealed record SealedContent(string Title, string Text, string PenName, string? Email, string? Screening)
{
    /// <summary>What is left of an erased question: nothing, not even ciphertext (a stolen key would open that).</summary>
    public static readonly SealedContent Erased = new(string.Empty, string.Empty, string.Empty, null, null);

    public bool IsErased => Text.Length == 0;
}
