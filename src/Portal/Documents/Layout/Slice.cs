using PdfSharp.Drawing;

namespace AdviceIntake.Portal.Documents.Layout;

/// <summary>
/// The smallest piece of laid-out content: a line of text, a rule, a box. A page break falls only between slices;
/// <see cref="KeepWithNext"/> holds a heading to its first line and a listing's lines together.
/// </summary>
internal sealed class Slice(double height, Action<XGraphics, double, double> draw, bool keepWithNext = false)
{
    public double Height { get; } = height;

    public bool KeepWithNext { get; set; } = keepWithNext;

    /// <summary>Draws the slice with its top-left corner at (x, y).</summary>
    public void Draw(XGraphics graphics, double x, double y) => draw(graphics, x, y);
}
