using AdviceIntake.Domain.Risk;
using BenchmarkDotNet.Attributes;

namespace AdviceIntake.Benchmarks;

/// <summary>Goal: a 2,000-character question assessed in 20 µs or less.</summary>
[MemoryDiagnoser]
public class RiskAssessmentBenchmark
{
    private const string Paragraph =
        "My husband and I have been married for eleven years and we argue about money almost every week. " +
        "He says I spend too much, I say he never tells me what he earns. Last month he shoved me against the door " +
        "and said he was sorry. I am not suicidal, but some nights I don't want to wake up. Our son is nine and hears it all. ";

    private readonly string question = string.Concat(Enumerable.Repeat(Paragraph, 7))[..2000];
    private readonly ScreeningAnswers screening = new(false, false, HarmFrom.Partner, false);

    [Benchmark]
    public RiskAssessment Assess_a_2000_character_question() => RiskAssessor.Assess(screening, "Should we try counselling?", question);
}
