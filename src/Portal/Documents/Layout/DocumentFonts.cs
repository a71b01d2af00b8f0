using System.Collections.Concurrent;
using System.Text;
using AdviceIntake.Domain.Letters;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace AdviceIntake.Portal.Documents.Layout;

/// <summary>
/// The one typeface of our documents, Noto Sans, embedded in the portal: Debian hosts have no Arial, and Noto covers
/// the Latin, Cyrillic, Greek and Vietnamese letters people write in. PDFsharp takes one resolver per process.
/// </summary>
internal sealed class DocumentFonts : IFontResolver
{
    public const string Family = "Noto Sans";

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new();

    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not DocumentFonts)
            {
                GlobalFontSettings.FontResolver = new DocumentFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.Equals(Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo((bold, italic) switch
            {
                (true, true) => "NotoSans_700Bold_Italic",
                (true, false) => "NotoSans_700Bold",
                (false, true) => "NotoSans_400Regular_Italic",
                _ => "NotoSans_400Regular",
            })
            : null;

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, static name =>
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream($"AdviceIntake.Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the portal.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}

/// <summary>A font at one size and emphasis, with the widths of its characters remembered: measuring is most of layout.</summary>
internal sealed class FontFace
{
    private static readonly ConcurrentDictionary<(double Size, Emphasis Emphasis), FontFace> Cache = new();
    private static readonly Lock MeasureGate = new();
    private static XGraphics? measureContext;

    private readonly ConcurrentDictionary<int, double> widths = new();

    private FontFace(double size, Emphasis emphasis)
    {
        DocumentFonts.Register();
        var style = emphasis switch
        {
            Emphasis.Bold | Emphasis.Italic => XFontStyleEx.BoldItalic,
            Emphasis.Bold => XFontStyleEx.Bold,
            Emphasis.Italic => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        Font = new XFont(DocumentFonts.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
        Size = size;
        LineHeight = Math.Round(size * 1.45, 2);
        SpaceWidth = Width(" ");
    }

    public XFont Font { get; }

    public double Size { get; }

    public double LineHeight { get; }

    public double SpaceWidth { get; }

    public static FontFace Of(double size, Emphasis emphasis = Emphasis.None) => Cache.GetOrAdd((size, emphasis), static key => new FontFace(key.Size, key.Emphasis));

    public double Width(string text)
    {
        double total = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            total += widths.GetOrAdd(rune.Value, Measure, this);
        }

        return total;
    }

    private static double Measure(int rune, FontFace face)
    {
        lock (MeasureGate)
        {
            measureContext ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
            return measureContext.MeasureString(new Rune(rune).ToString(), face.Font).Width;
        }
    }
}
