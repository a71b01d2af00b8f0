using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Documents.Layout;

namespace AdviceIntake.Portal.Documents;

/// <summary>The referral sheet: crisis lines first when flagged, then the chosen services by category, the counselor's note and the disclaimer.</summary>
internal static class ReferralSheetDocument
{
    public static byte[] Render(ReferralSheet sheet)
    {
        var composition = new PdfComposition
        {
            Title = sheet.Title,
            Author = sheet.Signature.NameAndCredentials,
            Header = _ => DocumentParts.Letterhead(sheet.Service, sheet.Date, sheet.Reference),
            Footer = page => DocumentParts.Footer(sheet.Service, page),
        };

        composition
            .Add(new TextElement("Services that may help", new TextStyle(16, Emphasis.Bold, TextStyle.Accent), SpaceAfter: 2))
            .Add(new TextElement($"Chosen for {sheet.PenName} by {sheet.Signature.NameAndCredentials}", DocumentParts.Small, SpaceAfter: 14));

        if (sheet.CrisisLines.Count > 0)
        {
            composition.Add(AnswerLetterDocument.CrisisBox(sheet.CrisisLines));
        }

        foreach (var group in sheet.Groups)
        {
            composition.Add(new TextElement(group.Category, DocumentParts.Heading, SpaceAfter: 6, KeepWithNext: true));
            composition.Add(group.Services.SelectMany(service => DocumentParts.Listing(service, withVerified: true)));
            composition.Add(new SpacerElement(4));
        }

        if (sheet.CounselorNote is { Length: > 0 } note)
        {
            composition.Add(new TextElement($"A note from {sheet.Signature.Name}", DocumentParts.Heading, SpaceAfter: 6, KeepWithNext: true));
            composition.Add(DocumentParts.Blocks(AnswerMarkup.Parse(note)));
        }

        return composition
            .Add(new SpacerElement(6))
            .Add(new TextElement(ReferralSheet.Disclaimer, new TextStyle(9, AdviceIntake.Domain.Letters.Emphasis.Italic, TextStyle.Muted)))
            .Render();
    }
}
