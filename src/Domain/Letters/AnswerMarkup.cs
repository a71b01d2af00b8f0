using System.Text;

namespace AdviceIntake.Domain.Letters;

/// <summary>
/// The light formatting counselors type into an answer, read into blocks: a blank line starts a new paragraph,
/// "**bold**" and "*italics*" (or "_italics_") mark words, and lines starting "- " or "1. " make lists. Anything else,
/// HTML included, is text: the answer is shown and printed exactly as typed.
/// </summary>
public static class AnswerMarkup
{
    public static IReadOnlyList<TextBlock> Parse(string? text)
    {
        var blocks = new List<TextBlock>();
        var paragraph = new List<string>();
        var items = new List<IReadOnlyList<TextRun>>();
        bool? numbered = null;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Paragraph(Runs(string.Join(' ', paragraph))));
                paragraph.Clear();
            }
        }

        void FlushList()
        {
            if (items.Count > 0)
            {
                blocks.Add(new ListBlock(numbered == true, [.. items]));
                items.Clear();
            }

            numbered = null;
        }

        foreach (var raw in (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
                FlushList();
                continue;
            }

            if (ListItem(line) is var (isNumbered, content))
            {
                FlushParagraph();
                if (numbered is not null && numbered != isNumbered)
                {
                    FlushList();
                }

                numbered = isNumbered;
                items.Add(Runs(content));
                continue;
            }

            if (items.Count > 0 && raw.StartsWith(' '))
            {
                // An indented line continues the list item above it, as it would in an email.
                items[^1] = [.. items[^1], new TextRun(" "), .. Runs(line)];
                continue;
            }

            FlushList();
            paragraph.Add(line);
        }

        FlushParagraph();
        FlushList();
        return blocks;
    }

    /// <summary>The answer as words only, for a plain-text view or a search.</summary>
    public static string PlainText(IReadOnlyList<TextBlock> blocks) => string.Join("\n\n", blocks.Select(b => b switch
    {
        Paragraph p => p.PlainText,
        ListBlock l => string.Join("\n", l.Items.Select((item, i) => (l.Numbered ? $"{i + 1}. " : "• ") + string.Concat(item.Select(r => r.Text)))),
        _ => string.Empty,
    }));

    private static (bool Numbered, string Content)? ListItem(string line)
    {
        if (line.Length > 2 && line[0] is '-' or '*' or '•' && line[1] == ' ')
        {
            return (false, line[2..].TrimStart());
        }

        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && line.Length > digits + 2 && line[digits] is '.' or ')' && line[digits + 1] == ' '
            ? (true, line[(digits + 2)..].TrimStart())
            : null;
    }

    /// <summary>
    /// Splits a line at its emphasis marks. A mark counts only when it is closed on the same line, so a lone asterisk
    /// ("5 * 3", "*sigh") stays as typed.
    /// </summary>
    internal static IReadOnlyList<TextRun> Runs(string line)
    {
        var runs = new List<TextRun>();
        var text = new StringBuilder();
        var emphasis = Emphasis.None;
        var i = 0;

        void Flush()
        {
            if (text.Length > 0)
            {
                runs.Add(new TextRun(text.ToString(), emphasis));
                text.Clear();
            }
        }

        while (i < line.Length)
        {
            var (mark, style) = line.AsSpan(i).StartsWith("**") ? ("**", Emphasis.Bold)
                : line[i] is '*' or '_' ? (line[i].ToString(), Emphasis.Italic)
                : (null, Emphasis.None);
            if (mark is not null && (emphasis.HasFlag(style) ? ClosesHere(line, i, mark) : OpensHere(line, i, mark)))
            {
                Flush();
                emphasis ^= style;
                i += mark.Length;
                continue;
            }

            text.Append(line[i]);
            i++;
        }

        if (emphasis != Emphasis.None)
        {
            // An unclosed mark was text after all: read the line again with that mark taken literally.
            return [new TextRun(line)];
        }

        Flush();
        return runs;
    }

    private static bool OpensHere(string line, int at, string mark)
    {
        var after = at + mark.Length;
        if (after >= line.Length || char.IsWhiteSpace(line[after]) || (at > 0 && char.IsLetterOrDigit(line[at - 1])))
        {
            return false;
        }

        for (var j = after + 1; j < line.Length; j++)
        {
            if (line.AsSpan(j).StartsWith(mark) && ClosesHere(line, j, mark) && (mark != "*" || !line.AsSpan(j).StartsWith("**")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClosesHere(string line, int at, string mark)
    {
        var after = at + mark.Length;
        return at > 0 && !char.IsWhiteSpace(line[at - 1]) && (after >= line.Length || !char.IsLetterOrDigit(line[after]));
    }
}
