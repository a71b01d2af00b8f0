using System.Collections.Frozen;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// One way of saying a cue, as a row of word slots read within one sentence. Slot syntax, separated by spaces:
/// <c>a|b|c</c> any of these words, <c>{a_b|c}</c> any of these phrases, <c>pill*</c> a word starting so, <c>@name</c> a word of a named word class,
/// <c>~3</c> up to three words of anything in the same clause, <c>&lt;num&gt;</c> a number, <c>&lt;many&gt;</c> ten or more,
/// <c>&lt;dose&gt;</c> an amount such as 800mg, <c>&lt;minor&gt;</c> an age under 18, <c>&lt;old&gt;</c> 65 or over; a slot ending in <c>?</c> may be absent.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly Slot[] slots;

    /// <summary>For each slot the pattern cannot do without, the words of which the text must hold one.</summary>
    private readonly int[][] required;

    private PhrasePattern(string source, Cue cue, Slot[] slots)
    {
        Source = source;
        Cue = cue;
        this.slots = slots;
        required = [.. slots.Select(s => s.RequiredWords).OfType<int[]>()];
    }

    public string Source { get; }

    public Cue Cue { get; }

    /// <summary>
    /// The whole words a match can start with, and the pairs of whole words where the first two slots are both whole
    /// words: most patterns start with a common word ("i", "my", "he"), and the pair narrows them a hundredfold. A slot of
    /// phrases gives each phrase's own start ("i locked the door" starts with "i locked").
    /// </summary>
    public (IReadOnlyList<string> Words, IReadOnlyList<(string First, string Second)> Pairs) Starts()
    {
        var words = new List<string>();
        var pairs = new List<(string, string)>();
        var starts = slots[0].Kind == SlotKind.Phrases
            ? slots[0].Choices.Select(choice => choice.Concat(slots.Skip(1)).Take(2).ToArray())
            : [slots.Take(2).ToArray()];
        foreach (var start in starts)
        {
            if (start.Length == 2 && start[0].IsWholeWords && start[1].IsWholeWords
                && start[0].ExactWords.Count() * start[1].ExactWords.Count() <= MaximumPairs)
            {
                pairs.AddRange(start[0].ExactWords.SelectMany(a => start[1].ExactWords.Select(b => (a, b))));
            }
            else
            {
                words.AddRange(start[0].ExactWords);
            }
        }

        return (words, pairs);
    }

    private const int MaximumPairs = 4096;

    /// <summary>The first letters of word starts this pattern can start with ("strangl*" gives "str").</summary>
    public IEnumerable<string> FirstPrefixKeys => slots[0].PrefixKeys;

    /// <summary>True when the pattern starts with a number slot (an age, a dose, a count).</summary>
    public bool StartsWithNumber => slots[0].MayStartWithNumber;

    public static PhrasePattern Parse(string source, Cue cue, IReadOnlyDictionary<string, string[]> classes)
    {
        var slots = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Slot.Parse(s, classes, source)).ToArray();
        if (slots.Length == 0 || slots[0].Kind == SlotKind.Gap || slots[0].Optional || slots[^1].Kind == SlotKind.Gap)
        {
            throw new ArgumentException($"The phrase '{source}' of cue '{cue.Name}' must start and end with a word.");
        }

        return new PhrasePattern(source, cue, slots);
    }

    /// <summary>
    /// False when a word the pattern needs is nowhere in the text (<paramref name="present"/> has a bit per
    /// <see cref="WordIds"/> number): most patterns are ruled out once per text instead of being tried at every word.
    /// </summary>
    public bool MayMatchIn(ReadOnlySpan<ulong> present)
    {
        foreach (var words in required)
        {
            var any = false;
            foreach (var id in words)
            {
                if ((present[id >> 6] & (1UL << (id & 63))) != 0)
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last word of the longest match starting at <paramref name="start"/>, or -1.</summary>
    public int Match(RiskText text, int start) => MatchFrom(text, 0, start, text[start].Sentence);

    private int MatchFrom(RiskText text, int slotIndex, int position, int sentence)
    {
        if (slotIndex == slots.Length)
        {
            return position - 1;
        }

        var slot = slots[slotIndex];
        if (slot.Kind == SlotKind.Gap)
        {
            for (var skip = 0; skip <= slot.Gap; skip++)
            {
                // A gap stays in its clause and never steps over a negation: "with no guns" is not "with guns".
                if (position + skip >= text.Count || text[position + skip].Sentence != sentence
                    || skip > 0 && (text[position + skip].Clause != text[position - 1].Clause || text[position + skip - 1].IsNegation))
                {
                    break;
                }

                var end = MatchFrom(text, slotIndex + 1, position + skip, sentence);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        if (slot.Kind == SlotKind.Phrases)
        {
            if (position < text.Count && text[position].Sentence == sentence)
            {
                var end = TryPhrases(text, slotIndex, position, sentence, slot.PhrasesStartingWith(text[position].WordId));
                if (end < 0)
                {
                    end = TryPhrases(text, slotIndex, position, sentence, slot.PhrasesStartingOtherwise);
                }

                if (end >= 0)
                {
                    return end;
                }
            }

            return slot.Optional ? MatchFrom(text, slotIndex + 1, position, sentence) : -1;
        }

        if (position < text.Count && text[position].Sentence == sentence && slot.Accepts(text, position))
        {
            var end = MatchFrom(text, slotIndex + 1, position + 1, sentence);
            if (end >= 0)
            {
                return end;
            }
        }

        return slot.Optional ? MatchFrom(text, slotIndex + 1, position, sentence) : -1;
    }

    private int TryPhrases(RiskText text, int slotIndex, int position, int sentence, Slot[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Slot.Fits(phrase, text, position, sentence))
            {
                var end = MatchFrom(text, slotIndex + 1, position + phrase.Length, sentence);
                if (end >= 0)
                {
                    return end;
                }
            }
        }

        return -1;
    }

    public override string ToString() => $"{Cue.Name}: {Source}";

    internal const int KeyLength = 3;

    private enum SlotKind
    {
        Words,
        Phrases,
        Gap,
        Number,
        Many,
        Dose,
        Minor,
        Old,
    }

    private sealed class Slot
    {
        private static readonly FrozenSet<string> ManyWords = new[]
        {
            "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds",
            "dozen", "dozens", "diez", "veinte", "treinta", "cuarenta", "cincuenta", "cien", "docena",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly string[] DoseUnits = ["mg", "mgs", "g", "mcg", "ml", "milligrams"];

        /// <summary>Words before a number that make it a length of time (see <see cref="Measures"/>).</summary>
        private static readonly FrozenSet<string> Durations = new[]
        {
            "for", "past", "last", "llevo", "llevamos", "lleva", "llevan", "hace", "desde", "durante", "por",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Words after a number that make it a count of something else than years (see <see cref="Measures"/>).</summary>
        private static readonly FrozenSet<string> NotYears = new[]
        {
            "days", "day", "weeks", "week", "wks", "months", "month", "hours", "hour", "hrs", "minutes", "mins", "percent", "lbs",
            "kg", "kilos", "pounds", "stone", "ft", "feet", "foot", "inches", "cm", "miles", "km", "dollars", "bucks", "am", "pm",
            "dias", "semanas", "meses", "horas", "minutos", "libras", "dolares",
        }.ToFrozenSet(StringComparer.Ordinal);

        private FrozenSet<int> exact = FrozenSet<int>.Empty;
        private int[] exactIds = [];
        private string[] prefixes = [];

        public SlotKind Kind { get; private init; }

        public bool Optional { get; private init; }

        public int Gap { get; private init; }

        public IEnumerable<string> ExactWords { get; private init; } = [];

        public IEnumerable<string> PrefixKeys { get; private init; } = [];

        /// <summary>The words of which a text must hold one for this slot to match, or null when it cannot say.</summary>
        public int[]? RequiredWords => Optional ? null : Kind switch
        {
            SlotKind.Words => prefixes.Length == 0 ? exactIds : null,
            SlotKind.Phrases => phrases.Select(RarestWords).ToArray() is var each && each.All(w => w is not null)
                ? [.. each.SelectMany(w => w!).Distinct()]
                : null,
            _ => null,
        };

        /// <summary>
        /// Of a phrase's slots that need a whole word, the one whose words are longest, as long words are the rare ones
        /// ("locked" of "i locked the door"); null when the phrase needs no whole word.
        /// </summary>
        private static int[]? RarestWords(Slot[] phrase) => phrase
            .Where(s => s.Kind == SlotKind.Words && !s.Optional && s.prefixes.Length == 0)
            .MaxBy(s => s.ExactWords.Min(w => w.Length))?.exactIds;

        /// <summary>Only whole words, never absent: such a slot can be looked up by the word itself.</summary>
        public bool IsWholeWords => Kind == SlotKind.Words && !Optional && !prefixes.Any();

        public bool MayStartWithNumber => Kind is SlotKind.Number or SlotKind.Many or SlotKind.Dose or SlotKind.Minor or SlotKind.Old
            || Kind == SlotKind.Phrases && phrases.Any(p => p[0].MayStartWithNumber);

        /// <summary>For a slot of several-word choices: each choice's words, as one-word slots.</summary>
        private Slot[][] phrases = [];

        private FrozenDictionary<int, Slot[][]> phrasesByFirstWord = FrozenDictionary<int, Slot[][]>.Empty;

        private Slot[][] phrasesByOtherStart = [];

        public Slot[][] PhrasesStartingWith(int wordId) => phrasesByFirstWord.TryGetValue(wordId, out var found) ? found : [];

        public Slot[][] PhrasesStartingOtherwise => phrasesByOtherStart;

        public Slot[][] Choices => phrases;

        public static bool Fits(Slot[] phrase, RiskText text, int position, int sentence)
        {
            if (position + phrase.Length > text.Count)
            {
                return false;
            }

            for (var k = 0; k < phrase.Length; k++)
            {
                if (text[position + k].Sentence != sentence || !phrase[k].Accepts(text, position + k))
                {
                    return false;
                }
            }

            return true;
        }

        public static Slot Parse(string text, IReadOnlyDictionary<string, string[]> classes, string source)
        {
            var optional = text.EndsWith('?');
            var body = optional ? text[..^1] : text;
            switch (body)
            {
                case "<num>":
                    return new Slot { Kind = SlotKind.Number, Optional = optional };
                case "<many>":
                    return new Slot { Kind = SlotKind.Many, Optional = optional, ExactWords = ManyWords };
                case "<dose>":
                    return new Slot { Kind = SlotKind.Dose, Optional = optional };
                case "<minor>":
                    return new Slot { Kind = SlotKind.Minor, Optional = optional };
                case "<old>":
                    return new Slot { Kind = SlotKind.Old, Optional = optional };
            }

            if (body.StartsWith('{'))
            {
                var choices = body[1..^1].Split('|').Select(c => c.Split('_').Select(w => Parse(w, classes, source)).ToArray()).ToArray();
                var byFirst = choices.Where(c => c[0].Kind == SlotKind.Words && !c[0].prefixes.Any() && !c[0].Optional)
                    .SelectMany(c => c[0].ExactWords.Select(w => (Word: WordIds.Of(w), Choice: c)))
                    .GroupBy(x => x.Word)
                    .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Choice).ToArray());
                return new Slot
                {
                    Kind = SlotKind.Phrases,
                    Optional = optional,
                    phrases = choices,
                    phrasesByFirstWord = byFirst,
                    phrasesByOtherStart = [.. choices.Where(c => !(c[0].Kind == SlotKind.Words && !c[0].prefixes.Any() && !c[0].Optional))],
                    ExactWords = [.. choices.SelectMany(c => c[0].ExactWords).Distinct(StringComparer.Ordinal)],
                    PrefixKeys = [.. choices.SelectMany(c => c[0].PrefixKeys).Distinct(StringComparer.Ordinal)],
                };
            }

            // A choice of words among which stands a number slot ("<num>|eleven") is a slot of one-word phrases.
            if (!body.StartsWith('{') && body.Contains('|', StringComparison.Ordinal) && body.Split('|').Any(w => w.StartsWith('<')))
            {
                return Parse("{" + body + "}" + (optional ? "?" : string.Empty), classes, source);
            }

            if (body.StartsWith('~'))
            {
                return new Slot { Kind = SlotKind.Gap, Gap = int.Parse(body[1..], System.Globalization.CultureInfo.InvariantCulture) };
            }

            var words = body.Split('|').SelectMany(w => w.StartsWith('@')
                ? classes.TryGetValue(w[1..], out var members) ? members : throw new ArgumentException($"Unknown word class '{w}' in '{source}'.")
                : [w]).ToList();
            var prefixes = words.Where(w => w.EndsWith('*')).Select(w => w[..^1]).ToArray();
            if (prefixes.Any(p => p.Length < KeyLength))
            {
                throw new ArgumentException($"A word start in '{source}' needs at least {KeyLength} letters.");
            }

            var exactWords = words.Where(w => !w.EndsWith('*')).ToFrozenSet(StringComparer.Ordinal);
            int[] ids = [.. exactWords.Select(WordIds.Of)];
            return new Slot
            {
                Kind = SlotKind.Words,
                Optional = optional,
                exact = ids.ToFrozenSet(),
                exactIds = ids,
                prefixes = prefixes,
                ExactWords = exactWords,
                PrefixKeys = [.. prefixes.Select(p => p[..Math.Min(KeyLength, p.Length)]).Distinct(StringComparer.Ordinal)],
            };
        }

        public bool Accepts(RiskText text, int position)
        {
            switch (Kind)
            {
                case SlotKind.Words:
                    if (exact.Contains(text[position].WordId))
                    {
                        return true;
                    }

                    if (prefixes.Length > 0)
                    {
                        var word = text.Word(position);
                        foreach (var prefix in prefixes)
                        {
                            if (word.StartsWith(prefix, StringComparison.Ordinal))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                case SlotKind.Number:
                    return Number(text.Word(position)) is not null;
                case SlotKind.Many:
                    return Number(text.Word(position)) >= 10 || ManyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Word(position));
                case SlotKind.Dose:
                    return IsDose(text.Word(position));
                case SlotKind.Minor:
                    return Age(text.Word(position)) is >= 0 and < 18 && !Measures(text, position);
                case SlotKind.Old:
                    return Age(text.Word(position)) is >= 65 and < 110 && !Measures(text, position);
                default:
                    return false;
            }
        }

        private static int? Number(ReadOnlySpan<char> word) =>
            word.Length is > 0 and <= 6 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

        private static bool IsDose(ReadOnlySpan<char> word)
        {
            var digits = 0;
            while (digits < word.Length && char.IsAsciiDigit(word[digits]))
            {
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            var unit = word[digits..];
            foreach (var u in DoseUnits)
            {
                if (unit.SequenceEqual(u))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the number at <paramref name="position"/> counts something other than a person's years: "I'm 6 days
        /// late", "married for 11 years", "llevo 11 años casada".
        /// </summary>
        private static bool Measures(RiskText text, int position) =>
            position + 1 < text.Count && text[position + 1].Sentence == text[position].Sentence
                && NotYears.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Word(position + 1))
            || position > 0 && text[position - 1].Sentence == text[position].Sentence
                && Durations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Word(position - 1));

        /// <summary>An age as people type it: "14", "14yo", "14f", "14m".</summary>
        private static int? Age(ReadOnlySpan<char> word)
        {
            var digits = 0;
            while (digits < word.Length && char.IsAsciiDigit(word[digits]))
            {
                digits++;
            }

            var rest = word[digits..];
            return digits is 1 or 2 or 3 && (rest.IsEmpty || rest.SequenceEqual("yo") || rest.SequenceEqual("f") || rest.SequenceEqual("m") || rest.SequenceEqual("yrs"))
                ? int.Parse(word[..digits], System.Globalization.CultureInfo.InvariantCulture)
                : null;
        }
    }
}
