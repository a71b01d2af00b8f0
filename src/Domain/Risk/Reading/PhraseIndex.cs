using System.Runtime.InteropServices;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// Finds every cue in a text in one pass: each word is looked up among the patterns that can start with it (by the
/// word and the next, by the word, or by its first letters for patterns that start with a word start), and only those
/// are tried, unless a word the pattern cannot do without is absent from the whole text. No signal may use a word of an
/// idiom.
/// </summary>
internal sealed class PhraseIndex
{
    private const int NegationReach = 6;

    /// <summary>Words that end a negation's reach, as a comma does ("I'm not sure, but I want to die").</summary>
    private static readonly string[] ScopeEnds =
    [
        "but", "because", "then", "though", "although", "except", "and", "so", "pero", "porque", "aunque", "y",
    ];

    /// <summary>Spanish object pronouns, which stand between a negation and the verb it denies ("no les pego").</summary>
    private static readonly string[] Clitics = ["le", "les", "lo", "la", "los", "las", "me", "te", "nos"];

    /// <summary>Every pattern, known elsewhere by its place here, so a text can note what it ruled out.</summary>
    private readonly PhrasePattern[] patterns;

    /// <summary>By <see cref="WordIds"/> number: an array is the quickest lookup for the one made at every word.</summary>
    private readonly int[]?[] byWord;

    /// <summary>By <see cref="WordIds"/> number, whether any pair in <see cref="byPair"/> starts with the word.</summary>
    private readonly bool[] startsPair;
    private readonly KeyTable<int[]> byPair;
    private readonly KeyTable<int[]> byPrefix;
    private readonly int[] byNumber;
    // By WordIds number, as byWord: the words of ScopeEnds, the words after a negation that mean it denies nothing, and
    // the Clitics a negation reaches past.
    private readonly bool[] endsScope;
    private readonly bool[] notNegatingAfter;
    private readonly bool[] clitics;

    public PhraseIndex(IEnumerable<PhrasePattern> patterns, IEnumerable<string> notNegatingAfter)
    {
        this.patterns = [.. patterns];
        var numbered = this.patterns.Select((p, n) => (Pattern: p, Number: n)).ToList();
        var starts = numbered.Select(x => (Starts: x.Pattern.Starts(), x.Number)).ToList();
        var words = starts.SelectMany(x => x.Starts.Words.Select(w => (Key: WordIds.Of(w), x.Number))).GroupBy(x => x.Key).ToList();
        byWord = new int[]?[WordIds.Count];
        foreach (var group in words)
        {
            byWord[group.Key] = [.. group.Select(x => x.Number).Distinct()];
        }

        var pairs = starts.SelectMany(x => x.Starts.Pairs.Select(pair => (Key: PairKey(WordIds.Of(pair.First), WordIds.Of(pair.Second)), x.Number)))
            .GroupBy(x => x.Key).ToList();
        byPair = new KeyTable<int[]>(pairs.Select(g => KeyValuePair.Create(g.Key, g.Select(x => x.Number).Distinct().ToArray())));
        startsPair = new bool[WordIds.Count];
        foreach (var pair in pairs)
        {
            startsPair[pair.Key >> 32] = true;
        }

        byPrefix = new KeyTable<int[]>(numbered.SelectMany(x => x.Pattern.FirstPrefixKeys.Select(k => (Key: PrefixKey(k), x.Number)))
            .GroupBy(x => x.Key).Select(g => KeyValuePair.Create(g.Key, g.Select(x => x.Number).Distinct().ToArray())));
        byNumber = [.. numbered.Where(x => x.Pattern.StartsWithNumber).Select(x => x.Number)];
        endsScope = ById(ScopeEnds);
        this.notNegatingAfter = ById(notNegatingAfter);
        clitics = ById(Clitics);
    }

    public void FindAll(RiskText text, List<Hit> hits)
    {
        var inIdiom = new bool[text.Count];
        var inSignal = new bool[text.Count];
        var first = hits.Count;
        Span<ulong> present = stackalloc ulong[(WordIds.Count >> 6) + 1];
        for (var i = 0; i < text.Count; i++)
        {
            if (text[i].WordId is var id and not WordIds.Unknown)
            {
                present[id >> 6] |= 1UL << (id & 63);
            }
        }

        // Per pattern: 0 not yet asked, 1 may match in this text, 2 cannot; and the word it was last tried at, since a
        // pattern may be found by several of a word's keys.
        Span<byte> possible = stackalloc byte[patterns.Length];
        Span<int> triedAt = stackalloc int[patterns.Length];
        triedAt.Fill(-1);
        var context = new Attempt(text, hits, inIdiom, inSignal);
        for (var i = 0; i < text.Count; i++)
        {
            var word = text.Word(i);
            var id = text[i].WordId;
            if (id != WordIds.Unknown && id < byWord.Length && byWord[id] is { } exact)
            {
                TryAt(exact, i, context, present, possible, triedAt);
            }

            if (id != WordIds.Unknown && id < startsPair.Length && startsPair[id] && i + 1 < text.Count && text[i + 1].Sentence == text[i].Sentence
                && byPair.Find(PairKey(id, text[i + 1].WordId)) is { } paired)
            {
                TryAt(paired, i, context, present, possible, triedAt);
            }

            if (word.Length >= PhrasePattern.KeyLength && byPrefix.Find(PrefixKey(word)) is { } prefixed)
            {
                TryAt(prefixed, i, context, present, possible, triedAt);
            }

            if (char.IsAsciiDigit(word[0]))
            {
                TryAt(byNumber, i, context, present, possible, triedAt);
            }
        }

        // Idioms are known only once the whole text is read, so signals are kept or dropped at the end, in place.
        var all = CollectionsMarshal.AsSpan(hits)[first..];
        var kept = 0;
        foreach (var hit in all)
        {
            if (hit.Cue.Kind != CueKind.Signal)
            {
                all[kept++] = hit;
            }
            else if (!inIdiom.AsSpan(hit.First, hit.Last - hit.First + 1).Contains(true))
            {
                all[kept++] = hit with { Negated = IsNegated(text, hit.First, inSignal) };
            }
        }

        hits.RemoveRange(first + kept, all.Length - kept);
    }

    private void TryAt(int[] candidates, int start, Attempt at, ReadOnlySpan<ulong> present, Span<byte> possible, Span<int> triedAt)
    {
        foreach (var number in candidates)
        {
            if (triedAt[number] == start)
            {
                continue;
            }

            triedAt[number] = start;
            var pattern = patterns[number];
            if (possible[number] == 0)
            {
                possible[number] = pattern.MayMatchIn(present) ? (byte)1 : (byte)2;
            }

            var last = possible[number] == 1 ? pattern.Match(at.Text, start) : -1;
            if (last < 0)
            {
                continue;
            }

            if (pattern.Cue.Kind == CueKind.Idiom)
            {
                at.InIdiom.AsSpan(start, last - start + 1).Fill(true);
                continue;
            }

            if (pattern.Cue.Kind == CueKind.Signal)
            {
                at.InSignal.AsSpan(start, last - start + 1).Fill(true);
            }

            at.Found.Add(new Hit(pattern.Cue, start, last, at.Text[start].Sentence, false));
        }
    }

    /// <summary>What every attempt in one text writes to.</summary>
    private sealed record Attempt(RiskText Text, List<Hit> Found, bool[] InIdiom, bool[] InSignal);

    /// <summary>A word's first <see cref="PhrasePattern.KeyLength"/> (three) letters as one number, quicker to look up than a string.</summary>
    private static ulong PrefixKey(ReadOnlySpan<char> word) => word[0] | ((ulong)word[1] << 16) | ((ulong)word[2] << 32);

    /// <summary>The first word from <paramref name="position"/> that is not a Spanish object pronoun: "no les pego" denies "pego".</summary>
    private int NextWord(RiskText text, int position)
    {
        while (position < text.Count && Marked(clitics, text[position].WordId))
        {
            position++;
        }

        return position;
    }

    private static bool[] ById(IEnumerable<string> words)
    {
        var ids = words.Select(WordIds.Of).ToList();
        var marks = new bool[ids.Max() + 1];
        foreach (var id in ids)
        {
            marks[id] = true;
        }

        return marks;
    }

    private static bool Marked(bool[] marks, int id) => (uint)id < (uint)marks.Length && marks[id];

    private static ulong PairKey(int first, int second) => ((ulong)(uint)first << 32) | (uint)second;

    /// <summary>
    /// A negation up to six words before, in the same clause, denies a signal ("he has never hit me"), unless it is
    /// not denying anything ("no longer", "can't stop") or is itself part of a signal ("I don't want to live").
    /// </summary>
    private bool IsNegated(RiskText text, int start, bool[] inSignal)
    {
        for (var k = start - 1; k >= 0 && k >= start - NegationReach; k--)
        {
            if (text[k].Clause != text[start].Clause || Marked(endsScope, text[k].WordId))
            {
                return false;
            }

            if (text[k].IsNegation && !inSignal[k] && !(NextWord(text, k + 1) is var next && next < start && Marked(notNegatingAfter, text[next].WordId)))
            {
                return true;
            }
        }

        return false;
    }
}
