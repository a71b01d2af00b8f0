using System.Collections.Frozen;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// Finds every cue in a text in one pass: each word is looked up by its first letters among the phrases that can
/// start with it, and only those are tried. Idioms are found first, and no signal may use a word of an idiom.
/// </summary>
internal sealed class PhraseIndex
{
    private const int NegationReach = 6;

    /// <summary>Words that end a negation's reach, as a comma does ("I'm not sure, but I want to die").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScopeEnds = new[]
    {
        "but", "because", "then", "though", "although", "except", "and", "so", "pero", "porque", "aunque", "y",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, PhrasePattern[]>.AlternateLookup<ReadOnlySpan<char>> byKey;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> negations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> notNegatingAfter;

    public PhraseIndex(IEnumerable<PhrasePattern> patterns, IEnumerable<string> negations, IEnumerable<string> notNegatingAfter)
    {
        byKey = patterns
            .SelectMany(p => p.FirstKeys.Select(k => (Key: k, Pattern: p)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(x => x.Pattern).Distinct().OrderBy(p => p.Cue.Kind == CueKind.Idiom ? 0 : 1).ToArray(),
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        this.negations = negations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.notNegatingAfter = notNegatingAfter.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void FindAll(RiskText text, List<Hit> hits)
    {
        Span<bool> inIdiom = text.Count <= 1024 ? stackalloc bool[text.Count] : new bool[text.Count];
        Span<bool> inSignal = text.Count <= 1024 ? stackalloc bool[text.Count] : new bool[text.Count];
        var found = new List<Hit>();
        for (var i = 0; i < text.Count; i++)
        {
            var word = text.Word(i);
            var key = char.IsAsciiDigit(word[0]) ? "#" : word.Length <= PhrasePattern.KeyLength ? word : word[..PhrasePattern.KeyLength];
            if (!byKey.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var pattern in candidates)
            {
                var last = pattern.Match(text, i);
                if (last < 0)
                {
                    continue;
                }

                if (pattern.Cue.Kind == CueKind.Idiom)
                {
                    inIdiom[i..(last + 1)].Fill(true);
                    continue;
                }

                if (pattern.Cue.Kind == CueKind.Signal)
                {
                    inSignal[i..(last + 1)].Fill(true);
                }

                found.Add(new Hit(pattern.Cue, i, last, text[i].Sentence, false));
            }
        }

        foreach (var hit in found)
        {
            if (hit.Cue.Kind != CueKind.Signal)
            {
                hits.Add(hit);
            }
            else if (!inIdiom[hit.First..(hit.Last + 1)].Contains(true))
            {
                hits.Add(hit with { Negated = IsNegated(text, hit.First, inSignal) });
            }
        }
    }

    /// <summary>
    /// A negation up to six words before, in the same clause, denies a signal ("he has never hit me"), unless it is
    /// not denying anything ("no longer", "can't stop") or is itself part of a signal ("I don't want to live").
    /// </summary>
    private bool IsNegated(RiskText text, int start, ReadOnlySpan<bool> inSignal)
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
