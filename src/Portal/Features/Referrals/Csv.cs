using System.Text;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>
/// RFC 4180 CSV: fields in double quotes may hold commas, quotes (doubled) and line breaks. Each record keeps the line
/// it starts on, so a problem can be reported where a person will find it in a spreadsheet.
/// </summary>
public static class Csv
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    public static IEnumerable<Record> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var atFieldStart = true;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return new Record(recordLine, [.. fields]);
                    }

                    fields.Clear();
                    line++;
                    recordLine = line;
                    atFieldStart = true;
                    break;
                default:
                    field.Append(ch);
                    atFieldStart = false;
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new Record(recordLine, [.. fields]);
        }
    }

    public static void Write(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            var text = value ?? string.Empty;
            writer.Write(text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text.StartsWith(' ') || text.EndsWith(' ')
                ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
                : text);
        }

        writer.Write("\r\n");
    }
}
