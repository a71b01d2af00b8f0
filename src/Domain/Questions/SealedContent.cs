namespace AdviceIntake.Domain.Questions;

/// <summary>
/// The confidential parts of a question as ciphertext. The domain stores and moves them but never reads them; only
/// the portal's protector turns them back into words, for a person allowed to see them.
/// </summary>
public sealed record SealedContent(string Title, string Text, string PenName, string? Email);
