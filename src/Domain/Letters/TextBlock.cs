namespace AdviceIntake.Domain.Letters;

/// <summary>One block of a letter's body, as plain data a renderer lays out.</summary>
public abstract record TextBlock;

/// <summary>Words that wrap as one paragraph.</summary>
public sealed record Paragraph(IReadOnlyList<TextRun> Runs) : TextBlock
{
    public Paragraph(string text)
        : this([new TextRun(text)])
    {
    }

    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A bulleted or numbered list; each item wraps like a paragraph.</summary>
public sealed record ListBlock(bool Numbered, IReadOnlyList<IReadOnlyList<TextRun>> Items) : TextBlock;
