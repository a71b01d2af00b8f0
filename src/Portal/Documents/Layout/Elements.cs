using AdviceIntake.Domain.Letters;
using PdfSharp.Drawing;

namespace AdviceIntake.Portal.Documents.Layout;

/// <summary>
/// A paragraph: wrapped lines, then space. The first line keeps with the second and the second-last with the last, so
/// a page never ends on a paragraph's first line or starts with its last alone.
/// </summary>
internal sealed record TextElement(IReadOnlyList<TextRun> Runs, TextStyle Style, double SpaceAfter = 0, bool KeepWithNext = false, TextAlign Align = TextAlign.Left) : IElement
{
    public TextElement(string text, TextStyle style, double SpaceAfter = 0, bool KeepWithNext = false, TextAlign Align = TextAlign.Left)
        : this([new TextRun(text)], style, SpaceAfter, KeepWithNext, Align)
    {
    }

    public IEnumerable<Slice> Lay(double width)
    {
        var lines = TextLines.Wrap(Runs, Style, width);
        var brush = Style.Brush;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var last = i == lines.Count - 1;
            var offset = Align == TextAlign.Right ? width - line.Width : 0;
            var keep = last ? KeepWithNext : i == 0 || i == lines.Count - 2;
            yield return new Slice(line.Height + (last ? SpaceAfter : 0), (g, x, y) => line.Draw(g, brush, x + offset, y), keep);
        }
    }
}

/// <summary>A bulleted or numbered list with a hanging indent: wrapped lines start under the text, not the marker.</summary>
internal sealed record ListElement(ListBlock List, TextStyle Style, double SpaceAfter) : IElement
{
    private const double Indent = 18;

    public IEnumerable<Slice> Lay(double width)
    {
        var brush = Style.Brush;
        var face = Style.Face(Emphasis.None);
        for (var item = 0; item < List.Items.Count; item++)
        {
            var marker = List.Numbered ? $"{item + 1}." : "•";
            var lines = TextLines.Wrap(List.Items[item], Style, width - Indent);
            var lastItem = item == List.Items.Count - 1;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var first = i == 0;
                var last = i == lines.Count - 1;
                var space = last ? (lastItem ? SpaceAfter : Style.Size * 0.3) : 0;
                yield return new Slice(line.Height + space, (g, x, y) =>
                {
                    if (first)
                    {
                        g.DrawString(marker, face.Font, brush, x + 2, y, XStringFormats.TopLeft);
                    }

                    line.Draw(g, brush, x + Indent, y);
                }, !last && (first || i == lines.Count - 2));
            }
        }
    }
}

internal sealed record SpacerElement(double Height) : IElement
{
    public IEnumerable<Slice> Lay(double width) => [new Slice(Height, static (_, _, _) => { })];
}

/// <summary>A thin line across the column, with space below it.</summary>
internal sealed record RuleElement(double SpaceAfter, XColor Color) : IElement
{
    public IEnumerable<Slice> Lay(double width)
    {
        var pen = new XPen(Color, 0.75);
        return [new Slice(SpaceAfter, (g, x, y) => g.DrawLine(pen, x, y, x + width, y))];
    }
}

/// <summary>Two columns side by side, as a letterhead or a footer sets them; the left takes <see cref="LeftShare"/> of the width.</summary>
internal sealed record SplitLineElement(IElement Left, IElement Right, double LeftShare = 0.5) : IElement
{
    private const double Gutter = 12;

    public IEnumerable<Slice> Lay(double width)
    {
        var leftWidth = width * LeftShare - Gutter / 2;
        var left = Left.Lay(leftWidth).ToList();
        var right = Right.Lay(width - leftWidth - Gutter).ToList();
        var height = Math.Max(left.Sum(s => s.Height), right.Sum(s => s.Height));
        return [new Slice(height, (g, x, y) =>
        {
            Stack(left, g, x, y);
            Stack(right, g, x + leftWidth + Gutter, y);
        })];
    }

    private static void Stack(IEnumerable<Slice> slices, XGraphics graphics, double x, double y)
    {
        foreach (var slice in slices)
        {
            slice.Draw(graphics, x, y);
            y += slice.Height;
        }
    }
}

/// <summary>
/// A framed box that stays whole on one page, like the crisis lines a letter must not split: its content is laid out
/// inside the padding and drawn over a tinted background.
/// </summary>
internal sealed record BoxElement(IReadOnlyList<IElement> Content, XColor Border, XColor Fill, double Padding, double SpaceAfter) : IElement
{
    public IEnumerable<Slice> Lay(double width)
    {
        var inner = Content.SelectMany(e => e.Lay(width - 2 * Padding)).ToList();
        var boxHeight = inner.Sum(s => s.Height) + 2 * Padding;
        var pen = new XPen(Border, 1.25);
        var fill = new XSolidBrush(Fill);
        return [new Slice(boxHeight + SpaceAfter, (g, x, y) =>
        {
            g.DrawRectangle(pen, fill, x, y, width, boxHeight);
            var top = y + Padding;
            foreach (var slice in inner)
            {
                slice.Draw(g, x + Padding, top);
                top += slice.Height;
            }
        })];
    }
}
