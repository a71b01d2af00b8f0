using System.Text.Json;
using System.Text.Json.Serialization;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.Risk;

/// <summary>One question of the evaluation corpus (tests/Domain.Tests/Risk/corpus, one file per concept).</summary>
public sealed record CorpusCase(
    string Id,
    string Split,
    string Style,
    string Who,
    string Title,
    string Text,
    IReadOnlyList<string> Expect,
    string Level)
{
    public bool IsDanger => Expect.Count > 0;

    public override string ToString() => Id;
}

/// <summary>The corpus, and what the assessment must show for each concept it names.</summary>
public static class RiskCorpus
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The concern each corpus concept must raise, and the lines that must then be offered.</summary>
    public static readonly IReadOnlyDictionary<string, (Concerns Concern, string[] Lines)> Concepts = new Dictionary<string, (Concerns, string[])>
    {
        ["suicide"] = (Concerns.SuicideOrSelfHarm, ["988-lifeline"]),
        ["ingestion"] = (Concerns.Poisoning, ["emergency-911", "poison-control"]),
        ["immediate-danger"] = (Concerns.ImmediateDanger, ["emergency-911"]),
        ["partner-violence"] = (Concerns.DomesticViolence, ["national-domestic-violence-hotline"]),
        ["child-maltreatment"] = (Concerns.ChildAbuse, ["childhelp-hotline"]),
        ["sexual-assault"] = (Concerns.SexualAssault, ["rainn-sexual-assault-hotline"]),
        ["elder-abuse"] = (Concerns.ElderAbuse, ["eldercare-locator"]),
    };

    public static IReadOnlyList<CorpusCase> Load() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Risk", "corpus"), "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllText(f), Json)!),
    ];

    /// <summary>The national lines as seeded into the directory, read from the portal's seed file.</summary>
    public static IReadOnlyList<ReferralResource> NationalLines() =>
    [
        .. JsonSerializer.Deserialize<List<ReferralDetails>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Risk", "national-crisis-lines.json")), SeedJson)!
            .Select(l => ReferralResource.Create(l, DateOnly.MaxValue)),
    ];

    /// <summary>What is missing for this case to count as caught, or null when it is caught.</summary>
    public static string? Miss(CorpusCase c, RiskAssessment risk, IReadOnlyList<ReferralResource> directory)
    {
        if (!risk.IsFlagged)
        {
            return $"not flagged ({risk.Level})";
        }

        var lines = CrisisLineChoice.For(risk, directory).Select(l => l.Slug).ToList();
        foreach (var concept in c.Expect)
        {
            var (concern, needed) = Concepts[concept];
            if (!risk.Reasons.Any(r => r.Level >= RiskLevel.High && r.Concern.HasFlag(concern)))
            {
                return $"no {concept} reason";
            }

            if (needed.FirstOrDefault(n => !lines.Contains(n)) is { } missing)
            {
                return $"{concept} without {missing}";
            }

            if (concern is Concerns.ImmediateDanger or Concerns.Poisoning && lines[0] != "emergency-911")
            {
                return $"{concept} without 911 first";
            }
        }

        return null;
    }

    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

}
