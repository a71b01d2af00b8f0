using System.Collections.Frozen;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// Finds every cue in a text in one pass: each word is looked up among the phrases that can start with it (by the
/// whole word, or by its first letters for phrases that start with a word start), and only those are tried. No signal may use a word of an idiom.
/// </summary>
internal sealed class PhraseIndex
{
    private const int NegationReach = 6;

    /// <summary>Words that end a negation's reach, as a comma does ("I'm not sure, but I want to die").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScopeEnds = new[]
    {
        "but", "because", "then", "though", "although", "except", "and", "so", "pero", "porque", "aunque", "y",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<int, PhrasePattern[]> byWord;
    private readonly FrozenDictionary<long, PhrasePattern[]> byPair;
    private readonly FrozenDictionary<string, PhrasePattern[]>.AlternateLookup<ReadOnlySpan<char>> byPrefix;
    private readonly PhrasePattern[] byNumber;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> negations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> notNegatingAfter;

    public PhraseIndex(IEnumerable<PhrasePattern> patterns, IEnumerable<string> negations, IEnumerable<string> notNegatingAfter)
    {
        var all = patterns.ToList();
        byWord = all.SelectMany(p => p.FirstWords.Select(w => (Key: WordIds.Of(w), Pattern: p)))
            .GroupBy(x => x.Key).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Pattern).Distinct().ToArray());
        byPair = all.SelectMany(p => (p.FirstPairs ?? []).Select(pair => (Key: PairKey(WordIds.Of(pair.First), WordIds.Of(pair.Second)), Pattern: p)))
            .GroupBy(x => x.Key).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Pattern).Distinct().ToArray());
        byPrefix = Group(all.SelectMany(p => p.FirstPrefixKeys.Select(k => (k, p))));
        byNumber = [.. all.Where(p => p.StartsWithNumber)];
        this.negations = negations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.notNegatingAfter = notNegatingAfter.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void FindAll(RiskText text, List<Hit> hits)
    {
        var inIdiom = new bool[text.Count];
        var inSignal = new bool[text.Count];
        var found = new List<Hit>();
        for (var i = 0; i < text.Count; i++)
        {
            var word = text.Word(i);
            var id = text[i].WordId;
            if (id != WordIds.Unknown && byWord.TryGetValue(id, out var exact))
            {
                TryAt(exact, text, i, found, inIdiom, inSignal);
            }

            if (id != WordIds.Unknown && i + 1 < text.Count && text[i + 1].Sentence == text[i].Sentence
                && byPair.TryGetValue(PairKey(id, text[i + 1].WordId), out var paired))
            {
                TryAt(paired, text, i, found, inIdiom, inSignal);
            }

            if (word.Length >= PhrasePattern.KeyLength && byPrefix.TryGetValue(word[..PhrasePattern.KeyLength], out var prefixed))
            {
                TryAt(prefixed, text, i, found, inIdiom, inSignal);
            }

            if (char.IsAsciiDigit(word[0]))
            {
                TryAt(byNumber, text, i, found, inIdiom, inSignal);
            }
        }

        // Idioms are known only once the whole text is read, so signals are kept or dropped at the end.
        foreach (var hit in found)
        {
            if (hit.Cue.Kind != CueKind.Signal)
            {
                hits.Add(hit);
            }
            else if (!inIdiom.AsSpan(hit.First, hit.Last - hit.First + 1).Contains(true))
            {
                hits.Add(hit with { Negated = IsNegated(text, hit.First, inSignal) });
            }
        }
    }

    private static void TryAt(PhrasePattern[] candidates, RiskText text, int start, List<Hit> found, bool[] inIdiom, bool[] inSignal)
    {
        foreach (var pattern in candidates)
        {
            var last = pattern.Match(text, start);
            if (last < 0)
            {
                continue;
            }

            if (pattern.Cue.Kind == CueKind.Idiom)
            {
                inIdiom.AsSpan(start, last - start + 1).Fill(true);
                continue;
            }

            if (pattern.Cue.Kind == CueKind.Signal)
            {
                inSignal.AsSpan(start, last - start + 1).Fill(true);
            }

            found.Add(new Hit(pattern.Cue, start, last, text[start].Sentence, false));
        }
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    private static FrozenDictionary<string, PhrasePattern[]>.AlternateLookup<ReadOnlySpan<char>> Group(IEnumerable<(string Key, PhrasePattern Pattern)> pairs) =>
        pairs.GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Pattern).Distinct().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A negation up to six words before, in the same clause, denies a signal ("he has never hit me"), unless it is
    /// not denying anything ("no longer", "can't stop") or is itself part of a signal ("I don't want to live").
    /// </summary>
    private bool IsNegated(RiskText text, int start, bool[] inSignal)
    {
        for (var k = start - 1; k >= 0 && k >= start - NegationReach; k--)
        {
            if (text[k].Clause != text[start].Clause || ScopeEnds.Contains(text.Word(k)))
            {
                return false;
            }

            if (negations.Contains(text.Word(k)) && !inSignal[k] && !(k + 1 < start && notNegatingAfter.Contains(text.Word(k + 1))))
            {
                return true;
            }
        }

        return false;
    }
}
