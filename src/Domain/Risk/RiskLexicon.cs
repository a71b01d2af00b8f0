using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Risk;

/// <summary>
/// The phrases that raise a question's risk, curated with the service's clinicians. Phrases are written in the
/// assessor's normal form: lower case, apostrophes dropped ("don't" is "dont"), and "(a|b)" for alternatives.
/// </summary>
internal static class RiskLexicon
{
    internal sealed record Entry(string Pattern, RiskLevel Level, Concerns Concern, string Label, bool OnlyWhenQuoted = false);

    internal static readonly IReadOnlyList<Entry> Entries =
    [
        // Suicide: the writer's own wish or plan to die.
        new("(kill|killing) myself", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("(end|ending) my life", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("(end|ending) it all", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("(take|taking) my own life", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("(want|wanna|going) to die", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("wish i (was|were) dead", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("better off (dead|without me)", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("(no reason|nothing) to live for", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("no reason to live", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("dont want to (live|be alive|wake up)", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("dont want to be here anymore", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("(feeling|feel|am|im) suicidal", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("suicidal (thoughts|feelings)", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "suicide"),
        new("suicide", RiskLevel.Elevated, Concerns.SuicideOrSelfHarm, "mention of suicide"),

        // Self-harm.
        new("(cut|cutting|burn|burning|hurt|hurting|harm|harming) myself", RiskLevel.High, Concerns.SuicideOrSelfHarm, "self-harm"),
        new("self (harm|harming|injury)", RiskLevel.High, Concerns.SuicideOrSelfHarm, "self-harm"),
        new("selfharm", RiskLevel.High, Concerns.SuicideOrSelfHarm, "self-harm"),

        // Overdose.
        new("(overdose|overdosed|overdosing)", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm | Concerns.SubstanceUse, "overdose"),
        new("(took|taken|take|swallowed) (too many|all my|a bottle of) pills", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm | Concerns.SubstanceUse, "overdose"),

        // Violence from a partner or someone at home.
        new("(hits|hit|hitting|beats|beat|beating|punched|punches|slapped|slaps|kicked|kicks|shoved|shoves|pushed|pushes) me", RiskLevel.High, Concerns.DomesticViolence, "violence at home"),
        new("(choked|chokes|choking|strangled|strangles|strangling) me", RiskLevel.Crisis, Concerns.DomesticViolence, "strangulation"),
        new("(threatened|threatens|threatening) to kill me", RiskLevel.Crisis, Concerns.DomesticViolence | Concerns.ImmediateDanger, "threat to kill"),
        new("(going|gonna) to kill me", RiskLevel.Crisis, Concerns.DomesticViolence | Concerns.ImmediateDanger, "threat to kill"),
        new("(said|says) (he|she|they) (would|will) kill me", RiskLevel.Crisis, Concerns.DomesticViolence | Concerns.ImmediateDanger, "threat to kill"),
        new("(afraid|scared|terrified|frightened) of my (husband|wife|partner|boyfriend|girlfriend|ex|fiance|spouse)", RiskLevel.High, Concerns.DomesticViolence, "fear of a partner"),
        new("(wont|doesnt|will not|does not) let me (leave|go out|see my friends|see my family|have money)", RiskLevel.Elevated, Concerns.DomesticViolence, "controlling behaviour"),
        new("(controls|checks) my (phone|money|every move)", RiskLevel.Elevated, Concerns.DomesticViolence, "controlling behaviour"),
        new("(ill|i will|im going to|im gonna|going to) kill you", RiskLevel.Crisis, Concerns.DomesticViolence | Concerns.ImmediateDanger, "threat to kill", OnlyWhenQuoted: true),

        // Harm to a child.
        new("(hits|hit|beats|beat|hurts|hurt|abuses|abused|burns|burned) (my|our|the|his|her) (child|children|kid|kids|son|daughter|baby|stepson|stepdaughter)", RiskLevel.High, Concerns.ChildAbuse, "harm to a child"),
        new("(touches|touched|touching) (my|our|his|her) (child|kid|son|daughter|stepdaughter|stepson) (inappropriately|sexually)", RiskLevel.Crisis, Concerns.ChildAbuse | Concerns.SexualAssault, "sexual abuse of a child"),
        new("(molest|molested|molesting|molests)", RiskLevel.Crisis, Concerns.ChildAbuse | Concerns.SexualAssault, "sexual abuse"),
        new("child abuse", RiskLevel.High, Concerns.ChildAbuse, "harm to a child"),

        // Sexual assault.
        new("(raped|rape|raping)", RiskLevel.High, Concerns.SexualAssault, "sexual assault"),
        new("sexually (assaulted|abused)", RiskLevel.High, Concerns.SexualAssault, "sexual assault"),
        new("sexual assault", RiskLevel.High, Concerns.SexualAssault, "sexual assault"),
        new("forced me to have sex", RiskLevel.High, Concerns.SexualAssault, "sexual assault"),

        // Immediate danger.
        new("(has|got|bought|keeps) a (gun|knife|weapon)", RiskLevel.High, Concerns.ImmediateDanger, "weapon"),
    ];

    /// <summary>Words that, within three words before a phrase in the same clause, deny it ("he has never hit me").</summary>
    internal static readonly IReadOnlySet<string> Negations = new HashSet<string>(StringComparer.Ordinal)
    {
        "not", "never", "no", "dont", "didnt", "doesnt", "wouldnt", "wont", "isnt", "wasnt", "cant", "couldnt",
        "havent", "hasnt", "hadnt", "nor", "without", "neither", "arent", "werent", "shouldnt",
    };

    /// <summary>Expands "(a|b) c" into "a c" and "b c", each split into words.</summary>
    internal static IEnumerable<string[]> Expand(string pattern)
    {
        var open = pattern.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            yield return pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield break;
        }

        var close = pattern.IndexOf(')', open);
        foreach (var choice in pattern[(open + 1)..close].Split('|'))
        {
            foreach (var expanded in Expand(pattern[..open] + choice + pattern[(close + 1)..]))
            {
                yield return expanded;
            }
        }
    }
}
