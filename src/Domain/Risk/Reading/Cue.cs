namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>How a cue's matches are used.</summary>
internal enum CueKind
{
    /// <summary>Words that may signal danger, alone or with others; a negation before them denies them.</summary>
    Signal,

    /// <summary>A figure of speech ("bored to death"): its words raise nothing.</summary>
    Idiom,

    /// <summary>A frame for a sentence (a story, the news, work, the past, a hypothetical) that changes what its signals mean.</summary>
    Frame,
}

/// <summary>A concept in the lexicon ("means", "death wish"), said in many ways, each a <see cref="PhrasePattern"/>.</summary>
internal sealed class Cue(string name, CueKind kind)
{
    private static int count;

    public string Name { get; } = name;

    /// <summary>A number of its own, so a question's hits can be kept in an array by cue.</summary>
    public int Number { get; } = Interlocked.Increment(ref count) - 1;

    /// <summary>One more than the highest <see cref="Number"/> given so far.</summary>
    public static int Count => Volatile.Read(ref count);

    public CueKind Kind { get; } = kind;

    public override string ToString() => Name;
}

/// <summary>Where a cue was found: its first and last word and their sentence.</summary>
internal readonly record struct Hit(Cue Cue, int First, int Last, int Sentence, bool Negated);
