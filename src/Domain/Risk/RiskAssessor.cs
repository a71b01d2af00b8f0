using System.Buffers;
using System.Collections.Frozen;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk;

/// <summary>
/// Gives a question its risk level from the safety check and the words of the question. Deterministic and fast: the
/// text is read once into words, and each word is looked up as the possible start of a lexicon phrase.
/// A phrase does not count when a negation stands up to three words before it in the same clause; a first-person
/// phrase inside double quotes (a song, someone else's words) counts as Elevated only.
/// </summary>
public static class RiskAssessor
{
    private const int NegationWindow = 3;

    private static readonly FrozenDictionary<string, Phrase[]> PhrasesByFirstWord = RiskLexicon.Entries
        .SelectMany(entry => RiskLexicon.Expand(entry.Pattern).Select(words => new Phrase(words, entry)))
        .GroupBy(p => p.Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        PhrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup =
        RiskLexicon.Negations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static RiskAssessment Assess(ScreeningAnswers screening, string? title, string? text)
    {
        ArgumentNullException.ThrowIfNull(screening);
        var reasons = new List<RiskReason>();
        AddScreeningReasons(screening, reasons);
        AddTextReasons(title, reasons);
        AddTextReasons(text, reasons);
        if (reasons.Count == 0)
        {
            return RiskAssessment.Routine;
        }

        var ordered = reasons.OrderByDescending(r => r.Level).ToList();
        return new RiskAssessment(ordered[0].Level, ordered);
    }

    private static void AddScreeningReasons(ScreeningAnswers screening, List<RiskReason> reasons)
    {
        if (screening.InDangerNow)
        {
            reasons.Add(new RiskReason(RiskLevel.Crisis, Concerns.ImmediateDanger, "Safety check: in danger right now"));
        }

        if (screening.ThoughtsOfSelfHarm)
        {
            reasons.Add(new RiskReason(RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "Safety check: thoughts of ending their life or self-harm"));
        }

        switch (screening.HarmFrom)
        {
            case HarmFrom.Partner:
                reasons.Add(new RiskReason(RiskLevel.High, Concerns.DomesticViolence, "Safety check: hurt or threatened by a partner"));
                break;
            case HarmFrom.FamilyMember:
                reasons.Add(new RiskReason(RiskLevel.High, Concerns.DomesticViolence, "Safety check: hurt or threatened by a family member"));
                break;
            case HarmFrom.SomeoneElse:
                reasons.Add(new RiskReason(RiskLevel.High, Concerns.ImmediateDanger, "Safety check: hurt or threatened by someone"));
                break;
        }

        if (screening.ChildBeingHurt)
        {
            reasons.Add(new RiskReason(RiskLevel.High, Concerns.ChildAbuse, "Safety check: a child is being hurt"));
        }
    }

    private static void AddTextReasons(string? text, List<RiskReason> reasons)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var words = ArrayPool<Word>.Shared.Rent((text.Length / 2) + 1);
        try
        {
            var count = Tokenize(text, buffer, words);
            var normal = buffer.AsSpan();
            for (var i = 0; i < count; i++)
            {
                if (!Lookup.TryGetValue(normal.Slice(words[i].Start, words[i].Length), out var candidates))
                {
                    continue;
                }

                foreach (var phrase in candidates)
                {
                    if (!Matches(phrase, normal, words, i, count))
                    {
                        continue;
                    }

                    var quoted = words[i].Quoted;
                    if (!IsNegated(normal, words, i) && (quoted || !phrase.Entry.OnlyWhenQuoted))
                    {
                        reasons.Add(ToReason(phrase, quoted));
                    }

                    i += phrase.Words.Length - 1;
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<Word>.Shared.Return(words);
        }
    }

    private static RiskReason ToReason(Phrase phrase, bool quoted)
    {
        var words = string.Join(' ', phrase.Words);
        var firstPerson = !phrase.Entry.OnlyWhenQuoted;
        return quoted && firstPerson && phrase.Entry.Level > RiskLevel.Elevated
            ? new RiskReason(RiskLevel.Elevated, phrase.Entry.Concern, $"Quoted words: \"{words}\" ({phrase.Entry.Label})")
            : new RiskReason(phrase.Entry.Level, phrase.Entry.Concern, $"Words: \"{words}\" ({phrase.Entry.Label})");
    }

    private static bool Matches(Phrase phrase, ReadOnlySpan<char> normal, Word[] words, int start, int count)
    {
        if (start + phrase.Words.Length > count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Words.Length; k++)
        {
            var word = words[start + k];
            if (word.Clause != words[start].Clause || !normal.Slice(word.Start, word.Length).SequenceEqual(phrase.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNegated(ReadOnlySpan<char> normal, Word[] words, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - NegationWindow; k--)
        {
            if (words[k].Clause != words[start].Clause)
            {
                return false;
            }

            if (NegationLookup.Contains(normal.Slice(words[k].Start, words[k].Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the text into <paramref name="buffer"/> lower-cased and without apostrophes, and records where each word
    /// starts, which clause it is in (clauses end at . , ; : ! ? and line breaks) and whether it is inside double quotes.
    /// </summary>
    private static int Tokenize(string text, char[] buffer, Word[] words)
    {
        var count = 0;
        var length = 0;
        var clause = 0;
        var quoted = false;
        var wordStart = -1;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    wordStart = length;
                }

                buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }

            if (c is '\'' or '\u2019' && wordStart >= 0)
            {
                continue;
            }

            if (wordStart >= 0)
            {
                words[count++] = new Word(wordStart, length - wordStart, clause, quoted);
                wordStart = -1;
            }

            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    clause++;
                    break;
                case '\u201C':
                    quoted = true;
                    clause++;
                    break;
                case '\u201D':
                    quoted = false;
                    clause++;
                    break;
                case '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r':
                    clause++;
                    break;
            }
        }

        if (wordStart >= 0)
        {
            words[count++] = new Word(wordStart, length - wordStart, clause, quoted);
        }

        return count;
    }

    private readonly record struct Word(int Start, int Length, int Clause, bool Quoted);

    private sealed record Phrase(string[] Words, RiskLexicon.Entry Entry);
}
