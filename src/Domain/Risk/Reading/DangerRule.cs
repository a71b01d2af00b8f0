namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>How far from a rule's anchor another cue may be found.</summary>
internal enum Reach
{
    /// <summary>The anchor's own sentence.</summary>
    Sentence,

    /// <summary>The anchor's sentence and the one before and after it.</summary>
    Near,

    /// <summary>Anywhere in the title or the question.</summary>
    Question,
}

/// <summary>Any one of these cues, within this reach of the anchor.</summary>
internal sealed record Need(Reach Reach, Cue[] AnyOf);

/// <summary>
/// A combination of cues that means danger: the anchor (whose words are quoted in the reason), and everything it needs
/// beside it. "Method" is a means ("sleeping pills") with a wish to die near it; either alone means less.
/// </summary>
internal sealed class DangerRule
{
    public required string Label { get; init; }

    public required DangerConcept Concept { get; init; }

    public required RiskLevel Level { get; init; }

    public required Cue[] Anchors { get; init; }

    public Need[] Needs { get; init; } = [];

    /// <summary>Cues that, within their reach, mean the anchor is something else.</summary>
    public Need[] Unless { get; init; } = [];

    /// <summary>
    /// A second danger this finding is, and whose help it needs too, when the rule holds at its level: the sexual abuse
    /// or grooming of a child is sexual assault (RAINN); a suicide plan with the person out of reach is danger right now.
    /// A danger that is always a second one (an overdose) says so itself (<see cref="DangerConcepts.AlwaysAlso"/>).
    /// </summary>
    public DangerConcept? Also { get; init; }

    /// <summary>How many different things the anchors must be found saying (a pattern of control, say).</summary>
    public int DistinctAnchors { get; init; } = 1;

    public override string ToString() => $"{Concept} {Label} ({Level})";
}
