using AdviceIntake.Domain.Letters;
using PdfSharp.Drawing;

namespace AdviceIntake.Portal.Documents.Layout;

internal enum TextAlign
{
    Left,
    Right,
}

/// <summary>How a block of text is set: size, emphasis for runs that name none, and colour.</summary>
internal sealed record TextStyle(double Size, Emphasis Emphasis = Emphasis.None, XColor? Color = null)
{
    public static readonly XColor Ink = XColor.FromArgb(0x1B, 0x1F, 0x24);
    public static readonly XColor Muted = XColor.FromArgb(0x4A, 0x52, 0x5C);
    public static readonly XColor Accent = XColor.FromArgb(0x1F, 0x4E, 0x79);
    public static readonly XColor Danger = XColor.FromArgb(0x9B, 0x1C, 0x1C);

    public XBrush Brush => new XSolidBrush(Color ?? Ink);

    public FontFace Face(Emphasis runEmphasis) => FontFace.Of(Size, Emphasis | runEmphasis);
}
