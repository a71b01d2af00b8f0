using System.Buffers;
using System.Collections.Frozen;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// Reads a question for danger: finds the lexicon's cues, applies the rules, lowers what a frame changes (a story,
/// the news, work in the field, the resolved past, a hypothetical or a joke) and says whose danger each one is.
/// </summary>
internal sealed class DangerReader
{
    private const int MaximumReasons = 8;

    private static readonly FrozenSet<string> FirstPerson = new[]
    {
        "i", "im", "ive", "id", "ill", "me", "my", "myself", "mine", "we", "us", "our", "ourselves", "mi", "yo", "mis", "meself",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ThirdPerson = new[]
    {
        "he", "she", "they", "him", "her", "them", "himself", "herself", "themselves", "his", "their", "hes", "shes", "el", "ella",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> People = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mom"] = "mother", ["mum"] = "mother", ["mother"] = "mother", ["mama"] = "mother", ["madre"] = "mother", ["mami"] = "mother",
        ["dad"] = "father", ["father"] = "father", ["papa"] = "father", ["padre"] = "father",
        ["brother"] = "brother", ["hermano"] = "brother", ["sister"] = "sister", ["hermana"] = "sister", ["sis"] = "sister",
        ["son"] = "son", ["hijo"] = "son", ["daughter"] = "daughter", ["hija"] = "daughter", ["stepson"] = "stepson",
        ["stepdaughter"] = "stepdaughter", ["friend"] = "friend", ["bestie"] = "friend", ["bff"] = "friend", ["amiga"] = "friend",
        ["amigo"] = "friend", ["roommate"] = "roommate", ["cousin"] = "cousin", ["prima"] = "cousin", ["primo"] = "cousin",
        ["niece"] = "niece", ["sobrina"] = "niece", ["nephew"] = "nephew", ["sobrino"] = "nephew", ["aunt"] = "aunt", ["tia"] = "aunt",
        ["grandma"] = "grandmother", ["grandmother"] = "grandmother", ["abuela"] = "grandmother", ["granny"] = "grandmother",
        ["nana"] = "grandmother", ["abuelita"] = "grandmother", ["grandpa"] = "grandfather", ["grandfather"] = "grandfather",
        ["abuelo"] = "grandfather", ["coworker"] = "coworker", ["neighbor"] = "neighbour", ["neighbour"] = "neighbour",
        ["vecina"] = "neighbour", ["vecino"] = "neighbour", ["student"] = "student", ["classmate"] = "classmate",
        ["kid"] = "child", ["kids"] = "children", ["child"] = "child", ["children"] = "children", ["baby"] = "baby",
        ["toddler"] = "child", ["bebe"] = "baby", ["nino"] = "child", ["nina"] = "child", ["ninos"] = "children",
        ["teen"] = "teenager", ["teenager"] = "teenager", ["wife"] = "wife", ["husband"] = "husband", ["partner"] = "partner",
        ["boyfriend"] = "boyfriend", ["girlfriend"] = "girlfriend", ["bf"] = "boyfriend", ["gf"] = "girlfriend",
        ["esposo"] = "husband", ["esposa"] = "wife", ["novio"] = "boyfriend", ["novia"] = "girlfriend", ["uncle"] = "uncle",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Partners = new[]
    {
        "wife", "husband", "partner", "boyfriend", "girlfriend", "bf", "gf", "esposo", "esposa", "novio", "novia",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly RiskLexicon lexicon;
    private readonly PhraseIndex index;
    private readonly Speller speller;
    private readonly IReadOnlyList<DangerRule> rules;
    private readonly FrozenSet<int> negations;

    public DangerReader()
    {
        lexicon = new RiskLexicon();
        index = new PhraseIndex(lexicon.Patterns, lexicon.NotNegatingAfter);
        speller = new Speller(RiskLexicon.SpellingKeys, RiskLexicon.RealWords);
        rules = RiskRules.For(lexicon);
        negations = lexicon.Negations.Select(WordIds.Of).ToFrozenSet();
    }

    /// <summary>The text in the lexicon's normal form, as both readings see it.</summary>
    public RiskText Words(string text) => RiskText.Read(text, speller, negations);

    /// <summary>The reasons a question gives; <paramref name="titled"/> when its first line is a title the writer gave it.</summary>
    public IReadOnlyList<RiskReason> Read(string text, bool titled = false)
    {
        using var words = Words(text);
        var hits = new List<Hit>(words.Count);
        index.FindAll(words, hits);
        using var found = new Found(hits, words.Sentences);
        var frames = new Frames(lexicon, found, words.Sentences, titled);
        var reasons = new List<RiskReason>();
        var labels = new HashSet<(DangerConcept, string)>();
        var framed = false;
        foreach (var rule in rules)
        {
            if (BestAnchor(rule, found, frames, words) is not { } best)
            {
                continue;
            }

            framed |= best.Frame is not null;
            var label = best.Frame is null ? rule.Label : $"{rule.Label}, {best.Frame}";
            if (!labels.Add((rule.Concept, label)))
            {
                continue;
            }

            var whose = Whose(rule.Concept, words, best.Anchor);
            reasons.Add(new RiskReason(best.Level, rule.Concept.Concern(), $"{rule.Concept.Describe()}, {label} ({whose})")
            {
                Quote = words.Quote(best.Anchor.First, best.Anchor.Last),
            });
            if ((rule.Also ?? rule.Concept.AlwaysAlso()) is { } also && best.Frame is null && !reasons.Any(r => r.Concern == also.Concern() && r.Level >= best.Level) && labels.Add((also, label)))
            {
                reasons.Add(new RiskReason(best.Level, also.Concern(), $"{also.Describe()}, {label} ({whose})")
                {
                    Quote = words.Quote(best.Anchor.First, best.Anchor.Last),
                });
            }
        }

        var lexiconFound = reasons.Where(r => r.Level >= RiskLevel.High).Aggregate(Concerns.None, (all, r) => all | r.Concern);
        reasons.AddRange(WordModel.Embedded.Read(words, lexiconFound, framed));
        return Strongest(reasons);
    }

    /// <summary>
    /// At most <see cref="MaximumReasons"/>, most urgent first, but never at the cost of a danger's strongest reason:
    /// each danger decides help of its own.
    /// </summary>
    private static List<RiskReason> Strongest(List<RiskReason> reasons)
    {
        var ordered = reasons.OrderByDescending(r => r.Level).ToList();
        if (ordered.Count <= MaximumReasons)
        {
            return ordered;
        }

        var kept = ordered.DistinctBy(r => r.Concern).ToHashSet();
        foreach (var reason in ordered)
        {
            if (kept.Count >= MaximumReasons)
            {
                break;
            }

            kept.Add(reason);
        }

        return [.. ordered.Where(kept.Contains)];
    }

    /// <summary>
    /// Of all the places a rule holds, the one that means most once frames are applied (a danger told plainly in one
    /// sentence outweighs the same words told as a story in another), and of those the longest, which quotes best.
    /// </summary>
    private static Best? BestAnchor(DangerRule rule, Found found, Frames frames, RiskText words)
    {
        Best? best = null;
        HashSet<string>? distinct = rule.DistinctAnchors > 1 ? new(StringComparer.OrdinalIgnoreCase) : null;
        var places = 0;
        foreach (var cue in rule.Anchors)
        {
            foreach (var hit in found.Of(cue))
            {
                if (hit.Negated || !HasAll(rule.Needs, found, hit) || HasAny(rule.Unless, found, hit))
                {
                    continue;
                }

                places++;
                distinct?.Add(words.Quote(hit.First, hit.Last));
                var frame = rule.Level > RiskLevel.Elevated ? frames.Of(hit) : null;
                var level = frame is null ? rule.Level : RiskLevel.Elevated;
                if (best is not { } b || level > b.Level || level == b.Level && hit.Last - hit.First > b.Anchor.Last - b.Anchor.First)
                {
                    best = new Best(hit, level, frame);
                }
            }
        }

        return (distinct?.Count ?? places) >= rule.DistinctAnchors ? best : null;
    }

    private static bool HasAll(Need[] needs, Found found, Hit anchor)
    {
        foreach (var need in needs)
        {
            if (!found.Has(need, anchor))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAny(Need[] needs, Found found, Hit anchor)
    {
        foreach (var need in needs)
        {
            if (found.Has(need, anchor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whose danger it is: the writer's when they speak of themselves at the danger; otherwise the person named nearest
    /// before it ("their sister"), or someone else.
    /// </summary>
    private static string Whose(DangerConcept concept, RiskText words, Hit anchor)
    {
        var from = Math.Max(0, anchor.First - 4);
        var people = People.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstPerson = FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        var thirdPerson = ThirdPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        var partners = Partners.GetAlternateLookup<ReadOnlySpan<char>>();
        string? person = null;
        var self = false;
        var other = false;
        for (var i = from; i <= anchor.Last; i++)
        {
            if (words[i].Sentence != anchor.Sentence)
            {
                continue;
            }

            var word = words.Word(i);
            if (people.TryGetValue(word, out var who) && !(concept == DangerConcept.PartnerViolence && partners.Contains(word)))
            {
                person = who;
                self = false;
            }
            else if (firstPerson.Contains(word) && !(i + 1 <= anchor.Last && people.ContainsKey(words.Word(i + 1))))
            {
                self = true;
            }
            else if (thirdPerson.Contains(word))
            {
                other = true;
            }
        }

        if (self && !(concept is DangerConcept.ElderAbuse))
        {
            return concept == DangerConcept.ChildMaltreatment ? "the writer, who may be under 18" : "the writer";
        }

        if (person is not null)
        {
            return $"their {person}";
        }

        // In violence, assault and danger now, "he" and "she" are mostly the one doing harm, not whose danger it is.
        var pronounsNameTheOneAtRisk = concept is not (DangerConcept.PartnerViolence or DangerConcept.SexualAssault or DangerConcept.ImmediateDanger);
        if (other && pronounsNameTheOneAtRisk || concept is DangerConcept.ElderAbuse or DangerConcept.ChildMaltreatment)
        {
            return NamedBefore(words, anchor.First, concept) is { } named ? $"their {named}" : "someone else";
        }

        return "the writer";
    }

    private static string? NamedBefore(RiskText words, int position, DangerConcept concept)
    {
        var people = People.GetAlternateLookup<ReadOnlySpan<char>>();
        var partners = Partners.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = position - 1; i >= 0 && words[i].Sentence >= words[position].Sentence - 2; i--)
        {
            var word = words.Word(i);
            if (people.TryGetValue(word, out var who) && !(concept == DangerConcept.PartnerViolence && partners.Contains(word)))
            {
                return who;
            }
        }

        return null;
    }

    private readonly record struct Best(Hit Anchor, RiskLevel Level, string? Frame);

    /// <summary>The hits of each cue, so a rule looks only at the cues it names; its array is lent for one question.</summary>
    private sealed class Found : IDisposable
    {
        private readonly Hit[] hits;

        /// <summary>By <see cref="Cue.Number"/>, where the cue's hits start in <see cref="hits"/>; one more marks the end.</summary>
        private readonly int[] starts;

        public Found(List<Hit> found, int sentences)
        {
            Sentences = sentences;

            // Grouped by cue by counting, so each cue's hits stay in the order of the text, as a rule reads them.
            starts = new int[Cue.Count + 1];
            foreach (var hit in found)
            {
                starts[hit.Cue.Number + 1]++;
            }

            for (var n = 1; n < starts.Length; n++)
            {
                starts[n] += starts[n - 1];
            }

            hits = ArrayPool<Hit>.Shared.Rent(found.Count);
            var next = starts[..^1];
            foreach (var hit in found)
            {
                hits[next[hit.Cue.Number]++] = hit;
            }
        }

        public int Sentences { get; }

        public void Dispose() => ArrayPool<Hit>.Shared.Return(hits);

        public ReadOnlySpan<Hit> Of(Cue cue) => cue.Number + 1 < starts.Length
            ? hits.AsSpan(starts[cue.Number], starts[cue.Number + 1] - starts[cue.Number])
            : [];

        /// <summary>True when a cue of <paramref name="need"/>, other than the anchor itself, is within its reach.</summary>
        public bool Has(Need need, Hit anchor)
        {
            foreach (var cue in need.AnyOf)
            {
                foreach (var hit in Of(cue))
                {
                    if (hit.Negated || hit == anchor)
                    {
                        continue;
                    }

                    var distance = Math.Abs(hit.Sentence - anchor.Sentence);
                    if (need.Reach switch { Reach.Sentence => distance == 0, Reach.Near => distance <= 1, _ => true })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public bool[] SentencesWith(Cue cue)
        {
            var marks = new bool[Math.Max(Sentences, 1)];
            foreach (var hit in Of(cue))
            {
                marks[hit.Sentence] = true;
            }

            return marks;
        }
    }

    /// <summary>
    /// What frames each sentence: a danger told as a story, news, work, the resolved past, a hypothetical or a joke
    /// counts as Elevated only. The frame may stand in the sentence before or after; the past gives way to the present
    /// said in the same sentence ("again"), but not to a resolution said beside it ("divorced in 2015"); a joke gives way
    /// to "not even joking" or a hospital beside it, to the grave signs of an overdose or an injury ("can't feel my hands
    /// lmao", "busted my lip lol", "had his hands round my throat lol"), and to a goodbye or no answer beside it, which
    /// are no joke; a danger in the title is a joke or the past where the question says it again only as one ("my
    /// suicide attempt at 19?" above "when I was 19 I made a suicide attempt"); a story, the news or work gives way to
    /// the writer saying it is real ("it's based on me", "all I could think", "I reported it to my agency"), anywhere in
    /// the question, because a child may tell abuse as a story first and a teacher or a carer writes about one person
    /// they are worried about.
    /// </summary>
    private sealed class Frames
    {
        private const string Joke = "a question or a joke";
        private const string Past = "in the past";

        private readonly string?[] bySentence;
        private readonly Found found;
        private readonly bool titled;

        public Frames(RiskLexicon lexicon, Found found, int sentences, bool titled)
        {
            this.found = found;
            this.titled = titled;
            var real = found.SentencesWith(lexicon.Real).Any(m => m);
            var story = real ? new bool[Math.Max(sentences, 1)] : found.SentencesWith(lexicon.Story);
            var news = real ? new bool[Math.Max(sentences, 1)] : found.SentencesWith(lexicon.News);
            var hypothetical = found.SentencesWith(lexicon.Hypothetical);
            var work = real ? new bool[Math.Max(sentences, 1)] : found.SentencesWith(lexicon.Work);
            var past = found.SentencesWith(lexicon.Past);
            var present = found.SentencesWith(lexicon.Present);
            var resolved = found.SentencesWith(lexicon.Resolved);
            var serious = found.SentencesWith(lexicon.Serious);
            var grave = found.SentencesWith(lexicon.GraveSymptom);
            var injured = found.SentencesWith(lexicon.Injury);
            var farewell = found.SentencesWith(lexicon.Farewell);
            var unreachable = found.SentencesWith(lexicon.Unreachable);
            bySentence = new string?[Math.Max(sentences, 1)];
            for (var s = 0; s < bySentence.Length; s++)
            {
                bool Near(bool[] marks) => marks[s] || s > 0 && marks[s - 1] || s + 1 < marks.Length && marks[s + 1];
                bySentence[s] = Near(story) ? "in a story or song"
                    : Near(news) ? "in the news"
                    : hypothetical[s] && !Near(serious) && !Near(grave) && !injured[s] && !Near(farewell) && !Near(unreachable) ? Joke
                    : Near(work) ? "at work"
                    : (past[s] || s == 0 && Near(past)) && !present[s] || Near(resolved) ? Past
                    : null;
            }
        }

        /// <summary>
        /// The frame of <paramref name="hit"/>'s sentence. A title says in brief what the question then says in full
        /// ("i will kms" above "...i will kms (jk)"): where the question says the title's cue again, each time as a joke
        /// or the past, the title is framed alike; said once plainly, it stays plain. A story, the news or work beside
        /// the question's words is not carried up, since the writer may say the story is theirs ("I told her it was song
        /// lyrics. It wasn't").
        /// </summary>
        public string? Of(Hit hit)
        {
            if (!titled || hit.Sentence != 0 || bySentence[0] is not null)
            {
                return bySentence[hit.Sentence];
            }

            string? again = null;
            foreach (var other in found.Of(hit.Cue))
            {
                if (other.Sentence == 0 || other.Negated)
                {
                    continue;
                }

                if (bySentence[other.Sentence] is not ({ } frame and (Joke or Past)))
                {
                    return null;
                }

                again ??= frame;
            }

            return again;
        }
    }
}
