using System.Collections.Frozen;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// Corrects a misspelt key word ("sucide", "overdosed", "strangeled") to the lexicon's spelling when it is one edit
/// away (a letter missing, added, changed or two swapped) and starts with the same letter. Only long, distinctive words are
/// corrected, so that ordinary
/// words stay themselves; words listed as real words are never corrected ("overdoes").
/// Lookup follows the symmetric-delete idea: a word and a misspelling one edit apart share a form with one letter
/// deleted, so both sides' one-letter deletions are indexed and compared.
/// </summary>
internal sealed class Speller
{
    private const int MinimumLength = 6;
    private const int MaximumLength = 20;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> known;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> byDeletion;

    /// <summary>First letter and length of every key word: a word that shares neither with any key is not looked up.</summary>
    private readonly FrozenSet<(char, int)> shapes;

    public Speller(IEnumerable<string> keyWords, IEnumerable<string> realWords)
    {
        var words = keyWords.Where(w => w.Length >= MinimumLength).Distinct(StringComparer.Ordinal).ToList();
        shapes = words.SelectMany(w => new[] { (w[0], w.Length - 1), (w[0], w.Length), (w[0], w.Length + 1) }).ToFrozenSet();
        known = words.Concat(realWords).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        byDeletion = words
            .SelectMany(w => Deletions(w).Append(w).Select(d => (Key: d, Word: w)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Word).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon's spelling of <paramref name="word"/>, or null when it is right or not a key word.</summary>
    public string? Correct(ReadOnlySpan<char> word)
    {
        if (word.Length is < MinimumLength or > MaximumLength || !shapes.Contains((word[0], word.Length)) || known.Contains(word))
        {
            return null;
        }

        if (byDeletion.TryGetValue(word, out var inserted) && inserted[0][0] == word[0])
        {
            return inserted[0];
        }

        Span<char> deleted = stackalloc char[MaximumLength];
        for (var i = 0; i < word.Length; i++)
        {
            word[..i].CopyTo(deleted);
            word[(i + 1)..].CopyTo(deleted[i..]);
            if (byDeletion.TryGetValue(deleted[..(word.Length - 1)], out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (candidate[0] == word[0] && OneEditApart(word, candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Deletions(string word) =>
        Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1));

    /// <summary>True for one substitution, insertion, deletion or swap of neighbours (Damerau's four errors).</summary>
    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            if (prefix == a.Length)
            {
                return true;
            }

            var swapped = prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]);
            return swapped || a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..]);
        }

        return a.Length > b.Length
            ? a[(prefix + 1)..].SequenceEqual(b[prefix..])
            : b[(prefix + 1)..].SequenceEqual(a[prefix..]);
    }
}
