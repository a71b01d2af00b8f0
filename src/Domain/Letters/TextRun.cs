namespace AdviceIntake.Domain.Letters;

/// <summary>How a stretch of an answer is set: the light formatting an answer may use.</summary>
[Flags]
public enum Emphasis
{
    None = 0,
    Bold = 1,
    Italic = 2,
}

/// <summary>Words set one way. The text is what the person reads: it is never markup.</summary>
public sealed record TextRun(string Text, Emphasis Emphasis = Emphasis.None);
