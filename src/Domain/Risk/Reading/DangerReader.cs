using System.Collections.Frozen;

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
    private readonly FrozenSet<string> negations;

    public DangerReader()
    {
        lexicon = new RiskLexicon();
        index = new PhraseIndex(lexicon.Patterns, lexicon.Negations, lexicon.NotNegatingAfter);
        speller = new Speller(RiskLexicon.SpellingKeys, RiskLexicon.RealWords);
        rules = RiskRules.For(lexicon);
        negations = lexicon.Negations.ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<RiskReason> Read(string text)
    {
        using var words = RiskText.Read(text, speller, negations);
        var hits = new List<Hit>();
        index.FindAll(words, hits);
        var found = new List<RiskReason>();
        var labels = new HashSet<(DangerConcept, string)>();
        foreach (var rule in rules)
        {
            if (BestAnchor(rule, hits, words) is not { } best)
            {
                continue;
            }

            var (anchor, level, label) = best;
            if (!labels.Add((rule.Concept, label)))
            {
                continue;
            }

            var whose = Whose(rule.Concept, words, anchor);
            found.Add(new RiskReason(level, rule.Concept.Concern(), $"{rule.Concept.Describe()}, {label} ({whose})") { Quote = words.Quote(anchor.First, anchor.Last) });
        }

        return [.. found.OrderByDescending(r => r.Level).Take(MaximumReasons)];
    }

    /// <summary>
    /// Of all the places a rule holds, the one that means most once frames are applied (a danger told plainly in one
    /// sentence outweighs the same words told as a story in another), and of those the longest, which quotes best.
    /// </summary>
    private (Hit Anchor, RiskLevel Level, string Label)? BestAnchor(DangerRule rule, List<Hit> hits, RiskText words)
    {
        (Hit Anchor, RiskLevel Level, string Label)? best = null;
        var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var hit in hits)
        {
            if (hit.Negated || !rule.Anchors.Contains(hit.Cue) || !rule.Needs.All(n => Has(n, hit, hits)) || rule.Unless.Any(n => Has(n, hit, hits)))
            {
                continue;
            }

            distinct.Add(words.Quote(hit.First, hit.Last));
            var (level, label) = Framed(rule, hit, hits);
            if (best is null || level > best.Value.Level
                || level == best.Value.Level && hit.Last - hit.First > best.Value.Anchor.Last - best.Value.Anchor.First)
            {
                best = (hit, level, label);
            }
        }

        return distinct.Count >= rule.DistinctAnchors ? best : null;
    }

    private static bool Has(Need need, Hit anchor, List<Hit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Negated || hit == anchor || !need.AnyOf.Contains(hit.Cue))
            {
                continue;
            }

            var distance = Math.Abs(hit.Sentence - anchor.Sentence);
            if (need.Reach switch { Reach.Sentence => distance == 0, Reach.Near => distance <= 1, _ => true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A danger told as a story, news, work, the resolved past, a hypothetical or a joke counts as Elevated only. The frame
    /// may stand in the sentence before or after; the past gives way to the present said in the same sentence ("again"),
    /// but not to a resolution said beside it ("divorced in 2015", "in a good place now").
    /// </summary>
    private (RiskLevel Level, string Label) Framed(DangerRule rule, Hit anchor, List<Hit> hits)
    {
        bool Near(Cue cue) => hits.Exists(h => h.Cue == cue && Math.Abs(h.Sentence - anchor.Sentence) <= 1);
        bool InSentence(Cue cue) => hits.Exists(h => h.Cue == cue && h.Sentence == anchor.Sentence);

        var frame = Near(lexicon.Story) ? "in a story or song"
            : Near(lexicon.News) ? "in the news"
            : InSentence(lexicon.Hypothetical) ? "a question or a joke"
            : Near(lexicon.Work) ? "at work"
            : InSentence(lexicon.Past) && !InSentence(lexicon.Present) || Near(lexicon.Resolved) ? "in the past"
            : null;
        return frame is null || rule.Level <= RiskLevel.Elevated
            ? (rule.Level, rule.Label)
            : (RiskLevel.Elevated, $"{rule.Label}, {frame}");
    }

    /// <summary>
    /// Whose danger it is: the writer's when they speak of themselves at the danger; otherwise the person named nearest
    /// before it ("their sister"), or someone else.
    /// </summary>
    private static string Whose(DangerConcept concept, RiskText words, Hit anchor)
    {
        var from = Math.Max(0, anchor.First - 4);
        string? person = null;
        var self = false;
        var other = false;
        for (var i = from; i <= anchor.Last; i++)
        {
            if (words[i].Sentence != anchor.Sentence)
            {
                continue;
            }

            var word = words.Word(i).ToString();
            if (People.TryGetValue(word, out var who) && !(concept == DangerConcept.PartnerViolence && Partners.Contains(word)))
            {
                person = who;
                self = false;
            }
            else if (FirstPerson.Contains(word) && !(i + 1 <= anchor.Last && People.ContainsKey(words.Word(i + 1).ToString())))
            {
                self = true;
            }
            else if (ThirdPerson.Contains(word))
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
        for (var i = position - 1; i >= 0 && words[i].Sentence >= words[position].Sentence - 2; i--)
        {
            var word = words.Word(i).ToString();
            if (People.TryGetValue(word, out var who) && !(concept == DangerConcept.PartnerViolence && Partners.Contains(word)))
            {
                return who;
            }
        }

        return null;
    }
}
