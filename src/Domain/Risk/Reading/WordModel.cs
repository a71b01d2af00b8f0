using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// A second reading, for danger said in words the lexicon has no cue for: a linear model over the question's words and
/// pairs of words, one per concept, trained on the dev split of the evaluation corpus (decision 9). It only ever adds a
/// danger the lexicon did not find, and it explains itself by quoting the words that weighed most.
/// </summary>
internal sealed class WordModel
{
    /// <summary>The concepts the model reads, in the order of the weights file's columns.</summary>
    public static readonly IReadOnlyList<DangerConcept> Concepts =
    [
        DangerConcept.Suicide, DangerConcept.Ingestion, DangerConcept.ImmediateDanger, DangerConcept.PartnerViolence,
        DangerConcept.ChildMaltreatment, DangerConcept.SexualAssault, DangerConcept.ElderAbuse,
    ];

    /// <summary>
    /// A probability of 0.227 as a log-odds, chosen by five-fold cross-validation on the dev split
    /// (<c>WordModelTrainingTests</c>) as the lowest that keeps the model's own false alarms on the folds under 2.9 %:
    /// it catches 86.4 % of dangers it was not trained on with 2.9 % false alarms (at 0.231, 86.1 % and 2.6 %; at 0.226,
    /// 86.4 % and 2.92 %, just over). A missed danger costs more than a counselor's second look.
    /// </summary>
    public const double Threshold = -1.227;

    /// <summary>A probability of 0.7, for a question the lexicon found framed.</summary>
    public const double FramedThreshold = 0.847;

    /// <summary>How a reason of this model ends, so a counselor knows it came from the whole text and not a phrase.</summary>
    public const string WholeTextLabel = "read from the whole text";

    private const int QuotedWords = 3;

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "i", "im", "ive", "id", "me", "my", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his", "they", "them",
        "their", "it", "its", "a", "an", "the", "and", "or", "but", "so", "if", "to", "of", "in", "on", "at", "by", "for",
        "with", "from", "up", "down", "out", "about", "as", "is", "was", "were", "be", "been", "am", "are", "do", "did", "does",
        "didnt", "dont", "doesnt", "not", "no", "isnt", "wasnt", "have", "has", "had", "that", "this", "there", "then", "just",
        "what", "when", "how", "all", "some", "any", "will", "would", "can", "could", "el", "la", "los", "las", "de", "que", "y",
        "en", "un", "una", "me", "mi", "se", "lo", "por", "con", "no", "es",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, Weight[]> weights;

    /// <summary>The weights by <see cref="HashOf"/> their feature, so a question is scored without building a string.</summary>
    private readonly KeyTable<Weight[]> byHash;
    private readonly double[] biases;

    public WordModel(FrozenDictionary<string, Weight[]> weights, double[] biases)
    {
        this.weights = weights;
        this.biases = biases;

        byHash = new KeyTable<Weight[]>(weights.Select(w => KeyValuePair.Create(HashOf(w.Key), w.Value)));
    }

    public static WordModel Embedded { get; } = Load();

    /// <summary>
    /// The question's features: each word and each pair of neighbouring words in the lexicon's normal form (accents
    /// folded, misspellings of key words corrected), each once. A word after a negation in the same clause is marked
    /// ("never !hit !me"), so that "he has never hit me" does not weigh as "he hit me". Position is kept for quoting.
    /// </summary>
    public static Dictionary<string, (int First, int Last)> Features(RiskText words)
    {
        var features = new Dictionary<string, (int, int)>(words.Count * 2, StringComparer.Ordinal);
        string? previous = null;
        var negatedClause = -1;
        for (var i = 0; i < words.Count; i++)
        {
            ref readonly var token = ref words[i];
            var word = token.Clause == negatedClause && !token.IsNegation ? string.Concat("!", words.Word(i)) : words.Word(i).ToString();
            negatedClause = token.IsNegation ? token.Clause : negatedClause;
            features.TryAdd(word, (i, i));
            if (previous is not null && words[i - 1].Sentence == token.Sentence)
            {
                features.TryAdd(string.Concat(previous, " ", word), (i - 1, i));
            }

            previous = word;
        }

        return features;
    }

    /// <summary>
    /// How many features a question has counts against each one's weight, so a long letter is not louder; a short one
    /// counts as a letter of a hundred features, so that one strong word in a line of text does not decide alone.
    /// </summary>
    public static double Scale(int features) => 1 / Math.Sqrt(Math.Max(features, 100));

    /// <summary>
    /// Dangers the lexicon did not find. Where the lexicon read a danger as a story, the news, work, the past or a joke,
    /// the model needs to be surer (it cannot tell a frame), but it is still heard, since one word can set a frame
    /// ("giving my books away").
    /// </summary>
    public IReadOnlyList<RiskReason> Read(RiskText words, Concerns alreadyFound, bool framed)
    {
        var threshold = framed ? FramedThreshold : Threshold;
        var rented = ArrayPool<Feature>.Shared.Rent(words.Count * 2);
        try
        {
            var features = rented.AsSpan(0, FeatureHashes(words, rented));
            var scores = Scores(features);
            var reasons = new List<RiskReason>();
            for (var c = 0; c < Concepts.Count; c++)
            {
                // A danger that is always a second one too (an overdose is danger right now) raises both, as the
                // lexicon's does; the quote is worked out only for a danger not raised already.
                var concept = Concepts[c];
                var also = concept.AlwaysAlso();
                if (scores[c] < threshold || Raised(concept) && (also is null || Raised(also.Value)))
                {
                    continue;
                }

                var quote = Strongest(words, features, c);
                Raise(concept, quote);
                if (also is { } second)
                {
                    Raise(second, quote);
                }
            }

            return reasons;

            bool Raised(DangerConcept concept) => alreadyFound.HasFlag(concept.Concern()) || reasons.Exists(r => r.Concern == concept.Concern());

            void Raise(DangerConcept concept, string quote)
            {
                if (!Raised(concept))
                {
                    reasons.Add(new RiskReason(RiskLevel.High, concept.Concern(), $"{concept.Describe()}, {WholeTextLabel}") { Quote = quote });
                }
            }
        }
        finally
        {
            ArrayPool<Feature>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The question's features in reading order, each known by the <see cref="HashOf"/> its text in <see cref="Features"/>
    /// would have, with where it stands; a feature read twice is listed twice. Hashing instead of building a string per
    /// word and pair is what keeps a long question within the time budget (docs/performance.md).
    /// </summary>
    internal static int FeatureHashes(RiskText words, Span<Feature> into)
    {
        var count = 0;
        var previous = Seed;
        var negatedClause = -1;
        for (var i = 0; i < words.Count; i++)
        {
            ref readonly var token = ref words[i];
            var negated = token.Clause == negatedClause && !token.IsNegation;
            negatedClause = token.IsNegation ? token.Clause : negatedClause;
            var word = Hash(negated ? Hash(Seed, "!") : Seed, words.Word(i));
            into[count++] = new Feature(word, i, i);
            if (i > 0 && words[i - 1].Sentence == token.Sentence)
            {
                into[count++] = new Feature(Hash(Hash(Hash(previous, " "), negated ? "!" : string.Empty), words.Word(i)), i - 1, i);
            }

            previous = word;
        }

        return count;
    }

    /// <summary>The hash by which <see cref="FeatureHashes"/> knows a feature of <see cref="Features"/>.</summary>
    internal static ulong HashOf(string feature) => Hash(Seed, feature);

    /// <summary>The log-odds of each concept: the same sum as over <see cref="Features"/>, each feature once.</summary>
    private double[] Scores(ReadOnlySpan<Feature> features)
    {
        // The features seen so far, by hash in an open-addressed table (0 is a free place).
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)((features.Length * 2) + 8));
        var seen = ArrayPool<ulong>.Shared.Rent(capacity);
        Array.Clear(seen, 0, capacity);
        var distinct = 0;
        var sums = new double[biases.Length];
        foreach (var feature in features)
        {
            if (!AddNew(seen, capacity, feature.Hash))
            {
                continue;
            }

            distinct++;
            if (byHash.Find(feature.Hash) is { } row)
            {
                foreach (var w in row)
                {
                    sums[w.Concept] += w.Value;
                }
            }
        }

        ArrayPool<ulong>.Shared.Return(seen);
        var scale = Scale(distinct);
        for (var c = 0; c < sums.Length; c++)
        {
            sums[c] = biases[c] + (sums[c] * scale);
        }

        return sums;
    }

    /// <summary>Adds <paramref name="hash"/> to an open-addressed table of <paramref name="capacity"/> (a power of two); false when it was there.</summary>
    private static bool AddNew(ulong[] table, int capacity, ulong hash)
    {
        hash = hash == 0 ? 1 : hash;
        var place = (int)hash & (capacity - 1);
        while (table[place] != 0)
        {
            if (table[place] == hash)
            {
                return false;
            }

            place = (place + 1) & (capacity - 1);
        }

        table[place] = hash;
        return true;
    }

    private const ulong Seed = 14695981039346656037;

    /// <summary>FNV-1a over <paramref name="text"/>, continuing from <paramref name="hash"/>: "a b" is "a", then " b".</summary>
    private static ulong Hash(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash;
    }

    /// <summary>
    /// The words that weighed most towards the concept, as the person wrote them, in the order they wrote them. Short
    /// words and pairs of them ("me", "it was") weigh in the sum but say nothing to a counselor, so they are not quoted.
    /// </summary>
    private string Strongest(RiskText words, ReadOnlySpan<Feature> features, int concept)
    {
        var isFunctionWord = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var quoted = new HashSet<ulong>();
        var candidates = new List<(int First, int Last, double Weight)>();
        foreach (var feature in features)
        {
            if (!quoted.Add(feature.Hash) || byHash.Find(feature.Hash) is not { } row)
            {
                continue;
            }

            var weight = row.FirstOrDefault(w => w.Concept == concept).Value;
            var saysSomething = false;
            for (var i = feature.First; i <= feature.Last && !saysSomething; i++)
            {
                saysSomething = !isFunctionWord.Contains(words.Word(i));
            }

            if (weight > 0 && saysSomething)
            {
                candidates.Add((feature.First, feature.Last, weight));
            }
        }

        var chosen = new List<(int First, int Last)>();
        foreach (var (first, last, _) in candidates.OrderByDescending(c => c.Weight))
        {
            if (chosen.Count == QuotedWords)
            {
                break;
            }

            if (!chosen.Any(c => c.First <= last && first <= c.Last))
            {
                chosen.Add((first, last));
            }
        }

        return string.Join("\u201D, \u201C", chosen.OrderBy(c => c.First).Select(c => words.Quote(c.First, c.Last)));
    }

    /// <summary>
    /// Reads the weights file: a first line of biases, then one line per feature with its non-zero weights as
    /// "concept:weight" (see <see cref="Write"/>).
    /// </summary>
    public static WordModel Parse(TextReader reader)
    {
        var biases = reader.ReadLine()!.Split('\t').Skip(1).Select(b => double.Parse(b, CultureInfo.InvariantCulture)).ToArray();
        var weights = new Dictionary<string, Weight[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            weights[cells[0]] =
            [
                .. cells.Skip(1).Select(cell => cell.Split(':')).Select(p => new Weight(int.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture))),
            ];
        }

        return new WordModel(weights.ToFrozenDictionary(StringComparer.Ordinal), biases);
    }

    public void Write(TextWriter writer)
    {
        writer.Write("@bias");
        foreach (var b in biases)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{b:0.##}"));
        }

        writer.Write('\n');
        foreach (var (feature, row) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write(feature);
            foreach (var w in row)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{w.Concept}:{w.Value:0.##}"));
            }

            writer.Write('\n');
        }
    }

    private static WordModel Load()
    {
        using var stream = typeof(WordModel).Assembly.GetManifestResourceStream("AdviceIntake.Domain.Risk.Reading.word-model.tsv")
            ?? throw new InvalidOperationException("The word model is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal readonly record struct Weight(int Concept, double Value);

    /// <summary>A feature by its hash, and the words it spans.</summary>
    internal readonly record struct Feature(ulong Hash, int First, int Last);
}
