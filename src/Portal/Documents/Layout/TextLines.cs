using AdviceIntake.Domain.Letters;
using PdfSharp.Drawing;

namespace AdviceIntake.Portal.Documents.Layout;

/// <summary>One laid-out line: pieces of text, each with its font and its offset from the line's left edge.</summary>
internal sealed record TextLine(IReadOnlyList<(double X, string Text, FontFace Face)> Pieces, double Width, double Height)
{
    public void Draw(XGraphics graphics, XBrush brush, double x, double y)
    {
        foreach (var (offset, text, face) in Pieces)
        {
            graphics.DrawString(text, face.Font, brush, x + offset, y, XStringFormats.TopLeft);
        }
    }
}

/// <summary>
/// Greedy line breaking at spaces, across runs of different emphasis ("**not** your fault" stays one word where no space
/// separates the runs). A word wider than the line is broken between characters, so a long address never overflows.
/// </summary>
internal static class TextLines
{
    public static List<TextLine> Wrap(IReadOnlyList<TextRun> runs, TextStyle style, double width)
    {
        var lines = new List<TextLine>();
        var pieces = new List<(double X, string Text, FontFace Face)>();
        var lineHeight = style.Face(Emphasis.None).LineHeight;
        double x = 0;
        double pendingSpace = 0;

        void EndLine()
        {
            lines.Add(new TextLine([.. pieces], x, lineHeight));
            pieces.Clear();
            x = 0;
            pendingSpace = 0;
        }

        foreach (var word in Words(runs, style))
        {
            var wordWidth = word.Sum(p => p.Width);
            if (pieces.Count > 0 && x + pendingSpace + wordWidth > width)
            {
                EndLine();
            }
            else
            {
                x += pendingSpace;
            }

            foreach (var (text, face, pieceWidth) in word)
            {
                if (pieceWidth <= width - x)
                {
                    pieces.Add((x, text, face));
                    x += pieceWidth;
                    continue;
                }

                foreach (var chunk in Breaks(text, face, width, width - x))
                {
                    if (chunk.StartsNewLine && pieces.Count > 0)
                    {
                        EndLine();
                    }

                    pieces.Add((x, chunk.Text, face));
                    x += chunk.Width;
                }
            }

            pendingSpace = word[^1].Face.SpaceWidth;
        }

        if (pieces.Count > 0 || lines.Count == 0)
        {
            EndLine();
        }

        return lines;
    }

    /// <summary>The runs as words: each word a list of pieces, one per run it touches.</summary>
    private static IEnumerable<List<(string Text, FontFace Face, double Width)>> Words(IReadOnlyList<TextRun> runs, TextStyle style)
    {
        var word = new List<(string Text, FontFace Face, double Width)>();
        foreach (var run in runs)
        {
            var face = style.Face(run.Emphasis);
            var text = run.Text.ReplaceLineEndings(" ").Replace('\t', ' ');
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != ' ')
                {
                    continue;
                }

                if (i > start)
                {
                    var piece = text[start..i];
                    word.Add((piece, face, face.Width(piece)));
                }

                if (i < text.Length && word.Count > 0)
                {
                    yield return word;
                    word = [];
                }

                start = i + 1;
            }
        }

        if (word.Count > 0)
        {
            yield return word;
        }
    }

    private static IEnumerable<(string Text, double Width, bool StartsNewLine)> Breaks(string text, FontFace face, double width, double firstRoom)
    {
        var room = firstRoom;
        var startsNewLine = false;
        var start = 0;
        double used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var charWidth = face.Width(text.Substring(i, length));
            if (used + charWidth > room && (i > start || startsNewLine || room < width))
            {
                if (i > start)
                {
                    yield return (text[start..i], used, startsNewLine);
                }

                startsNewLine = true;
                room = width;
                start = i;
                used = 0;
            }

            used += charWidth;
            i += length - 1;
        }

        if (start < text.Length)
        {
            yield return (text[start..], used, startsNewLine);
        }
    }
}
