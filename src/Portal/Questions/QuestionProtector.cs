using System.Text.Json;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using Microsoft.AspNetCore.DataProtection;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// Seals a question's confidential fields for storage and opens them for someone allowed to read them. Each field has
/// its own Data Protection purpose, so a ciphertext copied into another column does not open.
/// </summary>
public sealed class QuestionProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector title = provider.CreateProtector("AdviceIntake.Question.Title.v1");
    private readonly IDataProtector text = provider.CreateProtector("AdviceIntake.Question.Text.v1");
    private readonly IDataProtector penName = provider.CreateProtector("AdviceIntake.Question.PenName.v1");
    private readonly IDataProtector email = provider.CreateProtector("AdviceIntake.Question.Email.v1");
    private readonly IDataProtector note = provider.CreateProtector("AdviceIntake.Question.InternalNote.v1");
    private readonly IDataProtector screening = provider.CreateProtector("AdviceIntake.Question.Screening.v1");
    private readonly IDataProtector answer = provider.CreateProtector("AdviceIntake.Answer.Body.v1");
    private readonly IDataProtector sheetNote = provider.CreateProtector("AdviceIntake.Answer.SheetNote.v1");
    private readonly IDataProtector document = provider.CreateProtector("AdviceIntake.Answer.Document.v1");

    public SealedContent Seal(QuestionSubmission submission) => new(
        title.Protect(submission.Title),
        text.Protect(submission.Text),
        penName.Protect(submission.PenName),
        submission.Email is null ? null : email.Protect(submission.Email),
        SealScreening(submission.Screening));

    public string SealScreening(ScreeningAnswers answers) => screening.Protect(JsonSerializer.Serialize(answers));

    public ScreeningAnswers OpenScreening(SealedContent sealedContent) =>
        JsonSerializer.Deserialize<ScreeningAnswers>(screening.Unprotect(sealedContent.Screening
            ?? throw new InvalidOperationException("The question's safety answers have not been sealed yet; start-up seals them.")))
        ?? throw new InvalidOperationException("The question's safety answers could not be read.");

    public string OpenPenName(SealedContent sealedContent) => sealedContent.IsErased ? string.Empty : OpenPenName(sealedContent.PenName);

    /// <summary>A pen name read alone, as the queue does for its rows; an erased one is empty.</summary>
    public string OpenPenName(string sealedPenName) => sealedPenName.Length == 0 ? string.Empty : penName.Unprotect(sealedPenName);

    public string? OpenEmail(SealedContent sealedContent) => sealedContent.Email is null ? null : email.Unprotect(sealedContent.Email);

    public string OpenTitle(SealedContent sealedContent) => sealedContent.IsErased ? string.Empty : OpenTitle(sealedContent.Title);

    public string OpenTitle(string sealedTitle) => sealedTitle.Length == 0 ? string.Empty : title.Unprotect(sealedTitle);

    public string OpenText(SealedContent sealedContent) => sealedContent.IsErased ? string.Empty : text.Unprotect(sealedContent.Text);

    /// <summary>Internal notes and the reasons for a change of risk level talk about the question, so they are kept the same way.</summary>
    public string SealNote(string plainNote) => note.Protect(plainNote);

    public string OpenNote(string sealedNote) => sealedNote.Length == 0 ? string.Empty : note.Unprotect(sealedNote);

    /// <summary>The answer is as private as the question: it answers it, often in its words.</summary>
    public string SealAnswer(string body) => body.Length == 0 ? string.Empty : answer.Protect(body);

    public string OpenAnswer(string sealedBody) => sealedBody.Length == 0 ? string.Empty : answer.Unprotect(sealedBody);

    public string? SealSheetNote(string note) => note.Length == 0 ? null : sheetNote.Protect(note);

    public string OpenSheetNote(string? sealedNote) => sealedNote is null ? string.Empty : sheetNote.Unprotect(sealedNote);

    /// <summary>An urgent message is kept like a note: the same ciphertext stands on the question and in its history.</summary>
    public string? OpenUrgentMessage(string? sealedMessage) => sealedMessage is null ? null : note.Unprotect(sealedMessage);

    /// <summary>A released letter or sheet: the answer in print, kept like the answer.</summary>
    public byte[] SealDocument(byte[] pdf) => document.Protect(pdf);

    public byte[] OpenDocument(byte[] sealedPdf) => document.Unprotect(sealedPdf);
}
