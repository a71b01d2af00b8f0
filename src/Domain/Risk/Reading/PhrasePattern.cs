using System.Collections.Frozen;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// One way of saying a cue, as a row of word slots read within one sentence. Slot syntax, separated by spaces:
/// <c>a|b|c</c> any of these words, <c>pill*</c> a word starting so, <c>@name</c> a word of a named word class,
/// <c>~3</c> up to three words of anything in the same clause, <c>&lt;num&gt;</c> a number, <c>&lt;many&gt;</c> ten or more,
/// <c>&lt;dose&gt;</c> an amount such as 800mg, <c>&lt;minor&gt;</c> an age under 18, <c>&lt;old&gt;</c> 65 or over; a slot ending in <c>?</c> may be absent.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly Slot[] slots;

    private PhrasePattern(string source, Cue cue, Slot[] slots)
    {
        Source = source;
        Cue = cue;
        this.slots = slots;
    }

    public string Source { get; }

    public Cue Cue { get; }

    /// <summary>The index keys a first word must have for this pattern to start there.</summary>
    public IEnumerable<string> FirstKeys => slots[0].Keys;

    public static PhrasePattern Parse(string source, Cue cue, IReadOnlyDictionary<string, string[]> classes)
    {
        var slots = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Slot.Parse(s, classes, source)).ToArray();
        if (slots.Length == 0 || slots[0].Kind == SlotKind.Gap || slots[0].Optional || slots[^1].Kind == SlotKind.Gap)
        {
            throw new ArgumentException($"The phrase '{source}' of cue '{cue.Name}' must start and end with a word.");
        }

        return new PhrasePattern(source, cue, slots);
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

        if (position < text.Count && text[position].Sentence == sentence && slot.Accepts(text.Word(position)))
        {
            var end = MatchFrom(text, slotIndex + 1, position + 1, sentence);
            if (end >= 0)
            {
                return end;
            }
        }

        return slot.Optional ? MatchFrom(text, slotIndex + 1, position, sentence) : -1;
    }

    public override string ToString() => $"{Cue.Name}: {Source}";

    internal static string KeyOf(ReadOnlySpan<char> word) => word.Length <= KeyLength ? word.ToString() : word[..KeyLength].ToString();

    internal const int KeyLength = 3;

    private enum SlotKind
    {
        Words,
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

        private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> exact;
        private string[] prefixes = [];

        public SlotKind Kind { get; private init; }

        public bool Optional { get; private init; }

        public int Gap { get; private init; }

        public IEnumerable<string> Keys { get; private init; } = [];

        public static Slot Parse(string text, IReadOnlyDictionary<string, string[]> classes, string source)
        {
            var optional = text.EndsWith('?');
            var body = optional ? text[..^1] : text;
            switch (body)
            {
                case "<num>":
                    return new Slot { Kind = SlotKind.Number, Optional = optional, Keys = ["#"] };
                case "<many>":
                    return new Slot { Kind = SlotKind.Many, Optional = optional, Keys = [.. ManyWords.Select(w => KeyOf(w)).Append("#")] };
                case "<dose>":
                    return new Slot { Kind = SlotKind.Dose, Optional = optional, Keys = ["#"] };
                case "<minor>":
                    return new Slot { Kind = SlotKind.Minor, Optional = optional, Keys = ["#"] };
                case "<old>":
                    return new Slot { Kind = SlotKind.Old, Optional = optional, Keys = ["#"] };
            }

            if (body.StartsWith('~'))
            {
                return new Slot { Kind = SlotKind.Gap, Gap = int.Parse(body[1..], System.Globalization.CultureInfo.InvariantCulture) };
            }

            var words = body.Split('|').SelectMany(w => w.StartsWith('@')
                ? classes.TryGetValue(w[1..], out var members) ? members : throw new ArgumentException($"Unknown word class '{w}' in '{source}'.")
                : [w]).ToList();
            var prefixes = words.Where(w => w.EndsWith('*')).Select(w => w[..^1]).ToArray();
            if (prefixes.Any(p => p.Length < KeyLength && !char.IsAsciiDigit(p[0])))
            {
                throw new ArgumentException($"A word start in '{source}' needs at least {KeyLength} letters.");
            }

            var exactWords = words.Where(w => !w.EndsWith('*')).ToFrozenSet(StringComparer.Ordinal);
            return new Slot
            {
                Kind = SlotKind.Words,
                Optional = optional,
                exact = exactWords.GetAlternateLookup<ReadOnlySpan<char>>(),
                prefixes = prefixes,
                Keys = [.. exactWords.Concat(prefixes).Select(w => char.IsAsciiDigit(w[0]) ? "#" : KeyOf(w.Length < KeyLength ? w : w[..KeyLength])).Distinct(StringComparer.Ordinal)],
            };
        }

        public bool Accepts(ReadOnlySpan<char> word)
        {
            switch (Kind)
            {
                case SlotKind.Words:
                    if (exact.Contains(word))
                    {
                        return true;
                    }

                    foreach (var prefix in prefixes)
                    {
                        if (word.StartsWith(prefix, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }

                    return false;
                case SlotKind.Number:
                    return Number(word) is not null;
                case SlotKind.Many:
                    return Number(word) >= 10 || ManyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
                case SlotKind.Dose:
                    return IsDose(word);
                case SlotKind.Minor:
                    return Age(word) is >= 0 and < 18;
                case SlotKind.Old:
                    return Age(word) is >= 65 and < 110 || Number(word) is >= 65 and < 110;
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
