using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AdviceIntake.Portal.Documents.Layout;

/// <summary>Which page is being drawn, for headers and footers ("Page 2 of 3").</summary>
internal readonly record struct PageNumber(int Current, int Total);

/// <summary>
/// A document as QuestPDF composes one: every page has a header, a content column and a footer; the column flows onto
/// as many pages as it needs. Layout runs first, so the page count is known before anything is drawn.
/// </summary>
internal sealed class PdfComposition
{
    // US Letter, the paper people print on where the service runs.
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double Margin = 56;
    private const double Gap = 14;

    private readonly List<IElement> content = [];

    public required string Title { get; init; }

    public required string Author { get; init; }

    public required Func<PageNumber, IElement> Header { get; init; }

    public required Func<PageNumber, IElement> Footer { get; init; }

    public PdfComposition Add(IElement element)
    {
        content.Add(element);
        return this;
    }

    public PdfComposition Add(IEnumerable<IElement> elements)
    {
        content.AddRange(elements);
        return this;
    }

    public byte[] Render()
    {
        const double width = PageWidth - 2 * Margin;
        var headerHeight = Header(new PageNumber(1, 1)).Lay(width).Sum(s => s.Height);
        var footerHeight = Footer(new PageNumber(1, 1)).Lay(width).Sum(s => s.Height);
        var top = Margin + headerHeight + Gap;
        var room = PageHeight - top - Margin - footerHeight - Gap;
        var pages = Paginate(content.SelectMany(e => e.Lay(width)).ToList(), room);

        using var document = new PdfDocument();
        document.Info.Title = Title;
        document.Info.Author = Author;
        document.Info.Creator = Author;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            var number = new PageNumber(i + 1, pages.Count);
            Draw(Header(number).Lay(width), graphics, Margin);
            Draw(pages[i], graphics, top);
            Draw(Footer(number).Lay(width), graphics, PageHeight - Margin - footerHeight);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>
    /// Fills pages in order. A run of slices tied by <see cref="Slice.KeepWithNext"/> moves to the next page whole,
    /// unless it is taller than a page, where it has to break anyway.
    /// </summary>
    private static List<List<Slice>> Paginate(List<Slice> slices, double room)
    {
        var pages = new List<List<Slice>> { new() };
        double used = 0;
        var i = 0;
        while (i < slices.Count)
        {
            var end = i;
            var groupHeight = slices[i].Height;
            while (slices[end].KeepWithNext && end + 1 < slices.Count && groupHeight + slices[end + 1].Height <= room)
            {
                end++;
                groupHeight += slices[end].Height;
            }

            if (used + groupHeight > room && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = 0;
            }

            for (var j = i; j <= end; j++)
            {
                if (used + slices[j].Height > room && pages[^1].Count > 0)
                {
                    pages.Add([]);
                    used = 0;
                }

                pages[^1].Add(slices[j]);
                used += slices[j].Height;
            }

            i = end + 1;
        }

        return pages;
    }

    private static void Draw(IEnumerable<Slice> slices, XGraphics graphics, double y)
    {
        foreach (var slice in slices)
        {
            slice.Draw(graphics, Margin, y);
            y += slice.Height;
        }
    }
}
