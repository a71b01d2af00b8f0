using System.Text.Json;
using AdviceIntake.Domain.Risk;
using BenchmarkDotNet.Attributes;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// Goals: a 2,000-character question assessed in 50 µs or less; the whole evaluation corpus in well under a second.
/// </summary>
[MemoryDiagnoser]
public class RiskAssessmentBenchmark
{
    private const string Paragraph =
        "My husband and I have been married for eleven years and we argue about money almost every week. " +
        "He says I spend too much, I say he never tells me what he earns. Last month he shoved me against the door " +
        "and said he was sorry. I am not suicidal, but some nights I don't want to wake up. Our son is nine and hears it all. ";

    private readonly string question = string.Concat(Enumerable.Repeat(Paragraph, 7))[..2000];
    private readonly ScreeningAnswers screening = new(false, false, HarmFrom.Partner, false);
    private readonly IReadOnlyList<(string Title, string Text)> corpus = LoadCorpus();

    [Benchmark]
    public RiskAssessment Assess_a_2000_character_question() => RiskAssessor.Assess(screening, "Should we try counselling?", question);

    [Benchmark]
    public int Assess_the_whole_corpus()
    {
        var flagged = 0;
        foreach (var (title, text) in corpus)
        {
            flagged += RiskAssessor.Assess(ScreeningAnswers.AllClear, title, text).IsFlagged ? 1 : 0;
        }

        return flagged;
    }

    private static List<(string Title, string Text)> LoadCorpus()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus");
        return [.. Directory.GetFiles(folder, "*.json").SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("title").GetString() ?? string.Empty, e.GetProperty("text").GetString() ?? string.Empty)))];
    }
}
