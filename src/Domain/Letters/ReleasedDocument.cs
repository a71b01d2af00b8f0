namespace AdviceIntake.Domain.Letters;

public enum DocumentKind
{
    Letter = 0,
    ReferralSheet = 1,
}

/// <summary>
/// A PDF as it was released to the person, kept sealed: every download and email sends these same bytes, so what the
/// person received is what the case keeps, even after a profile or a directory entry changes.
/// </summary>
public sealed class ReleasedDocument
{
    private ReleasedDocument()
    {
        SealedPdf = [];
        FileName = string.Empty;
    }

    public Guid QuestionId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string FileName { get; private set; }

    public byte[] SealedPdf { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static ReleasedDocument Keep(Guid questionId, DocumentKind kind, byte[] sealedPdf, DateTimeOffset now) => new()
    {
        QuestionId = questionId,
        Kind = kind,
        FileName = FileNameOf(kind),
        SealedPdf = sealedPdf,
        CreatedAt = now,
    };

    /// <summary>Names that say what the file is and nothing about the person.</summary>
    public static string FileNameOf(DocumentKind kind) => kind == DocumentKind.Letter ? "answer-letter.pdf" : "referral-sheet.pdf";

    public static string Describe(DocumentKind kind) => kind == DocumentKind.Letter ? "answer letter" : "referral sheet";
}
