using AdviceIntake.Domain.Letters;

namespace AdviceIntake.Portal.Documents;

/// <summary>Turns the letter models into PDF. The one door to the PDF library: a change of library touches this folder only.</summary>
public sealed class LetterDocuments
{
    public const string ContentType = "application/pdf";

    public byte[] Render(AnswerLetter letter) => AnswerLetterDocument.Render(letter);

    public byte[] Render(ReferralSheet sheet) => ReferralSheetDocument.Render(sheet);
}
