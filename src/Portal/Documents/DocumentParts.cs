using System.Globalization;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Documents.Layout;
using PdfSharp.Drawing;

namespace AdviceIntake.Portal.Documents;

/// <summary>What the letter and the referral sheet share: type sizes, letterhead, footer and how a service is listed.</summary>
internal static class DocumentParts
{
    public const double BodySize = 10.5;
    public static readonly TextStyle Body = new(BodySize);
    public static readonly TextStyle Small = new(8.5, Color: TextStyle.Muted);
    public static readonly TextStyle Heading = new(13, Emphasis.Bold, TextStyle.Accent);
    public static readonly TextStyle Strong = new(BodySize, Emphasis.Bold);

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static IElement Letterhead(ServiceLetterhead service, DateOnly date, string reference) => new ColumnElement(
    [
        new SplitLineElement(
            new TextElement(service.Name, new TextStyle(15, Emphasis.Bold, TextStyle.Accent)),
            new ColumnElement(
            [
                new TextElement(Day(date), Small, Align: TextAlign.Right),
                new TextElement($"Reference {reference}", Small, Align: TextAlign.Right),
            ])),
        new SpacerElement(6),
        new RuleElement(0, TextStyle.Accent),
    ]);

    public static IElement Footer(ServiceLetterhead service, PageNumber page) => new ColumnElement(
    [
        new RuleElement(5, XColor.FromArgb(0xC8, 0xCD, 0xD3)),
        new SplitLineElement(
            new TextElement(service.ContactLine, Small),
            new TextElement($"Page {page.Current} of {page.Total}", Small, Align: TextAlign.Right),
            LeftShare: 0.8),
    ]);

    public static IEnumerable<IElement> Blocks(IReadOnlyList<TextBlock> blocks) => blocks.Select(IElement (block) => block switch
    {
        Paragraph p => new TextElement(p.Runs, Body, SpaceAfter: BodySize * 0.8),
        ListBlock l => new ListElement(l, Body, SpaceAfter: BodySize * 0.8),
        _ => throw new ArgumentOutOfRangeException(nameof(blocks), block, "A letter block this renderer does not know."),
    });

    /// <summary>A service with every way to reach it, its hours and reach, and when it was last checked: kept on one page.</summary>
    public static IEnumerable<IElement> Listing(ServiceListing service, bool withVerified)
    {
        var name = service.Organization is { Length: > 0 } organization && organization != service.Name
            ? new List<TextRun> { new(service.Name, Emphasis.Bold), new($" ({organization})") }
            : [new TextRun(service.Name, Emphasis.Bold)];
        var lines = new List<IElement> { new TextElement(name, Body, KeepWithNext: true) };
        if (service.Description.Length > 0)
        {
            lines.Add(new TextElement(service.Description, Body, KeepWithNext: true));
        }

        foreach (var contact in service.Contacts)
        {
            var runs = new List<TextRun> { new($"{contact.How}: ", Emphasis.Bold), new(contact.Value) };
            if (contact.Note is { Length: > 0 } note)
            {
                runs.Add(new TextRun($" ({note})", Emphasis.Italic));
            }

            lines.Add(new TextElement(runs, Body, KeepWithNext: true));
        }

        var facts = new[]
        {
            service.Hours.Length > 0 ? $"Hours: {service.Hours}" : null,
            service.Languages.Length > 0 ? $"Languages: {service.Languages}" : null,
            service.AreaServed.Length > 0 ? $"Area: {service.AreaServed}" : null,
            withVerified ? $"Last verified {Day(service.LastVerifiedOn)}" : null,
        }.OfType<string>().ToList();
        lines.Add(new TextElement(string.Join(" · ", facts), Small, SpaceAfter: 9));
        return lines;
    }
}

/// <summary>Elements one after another, as one element.</summary>
internal sealed record ColumnElement(IReadOnlyList<IElement> Items) : IElement
{
    public IEnumerable<Slice> Lay(double width) => Items.SelectMany(i => i.Lay(width));
}
