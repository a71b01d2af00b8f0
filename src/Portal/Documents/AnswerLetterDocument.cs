using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Documents.Layout;
using PdfSharp.Drawing;

namespace AdviceIntake.Portal.Documents;

/// <summary>
/// The answer letter: letterhead, the crisis lines first where the question showed danger (a person at risk should not
/// have to read to the end to find them), "Dear …", the answer, "Kind regards," and the signature.
/// </summary>
internal static class AnswerLetterDocument
{
    public static byte[] Render(AnswerLetter letter)
    {
        var composition = new PdfComposition
        {
            Title = letter.Title,
            Author = letter.Signature.NameAndCredentials,
            Header = _ => DocumentParts.Letterhead(letter.Service, letter.Date, letter.Reference),
            Footer = page => DocumentParts.Footer(letter.Service, page),
        };

        if (letter.ShowsCrisisBox)
        {
            composition.Add(CrisisBox(letter.CrisisLines));
        }

        if (letter.QuestionTitle is { Length: > 0 } title)
        {
            // Read again weeks later, the letter says which question it answers.
            composition.Add(new TextElement([new TextRun("Your question: "), new TextRun(title, Emphasis.Italic)], DocumentParts.Small, SpaceAfter: 10));
        }

        return composition
            .Add(new TextElement(letter.Salutation, DocumentParts.Body, SpaceAfter: DocumentParts.BodySize * 0.8))
            .Add(DocumentParts.Blocks(letter.Body))
            .Add(new TextElement(AnswerLetter.Closing, DocumentParts.Body, SpaceAfter: 4, KeepWithNext: true))
            .Add(new TextElement(letter.Signature.NameAndCredentials, DocumentParts.Strong, KeepWithNext: letter.Signature.Bio.Length > 0))
            .Add(new TextElement(letter.Signature.Bio, new TextStyle(9.5, Emphasis.Italic, TextStyle.Muted)))
            .Render();
    }

    public static BoxElement CrisisBox(IReadOnlyList<ServiceListing> lines) => new(
        [
            new TextElement("If you are in danger or might act on thoughts of harm, reach out now", new TextStyle(11, Emphasis.Bold, TextStyle.Danger), SpaceAfter: 5),
            .. lines.SelectMany(line => DocumentParts.Listing(line, withVerified: false)),
        ],
        TextStyle.Danger,
        XColor.FromArgb(0xFD, 0xF1, 0xF0),
        Padding: 10,
        SpaceAfter: 16);
}
