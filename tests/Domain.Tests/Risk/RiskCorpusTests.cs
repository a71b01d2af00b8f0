using System.Diagnostics;
using System.Globalization;
using System.Text;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.Risk;

/// <summary>
/// The assessment measured on questions it was not tuned on. The corpus was written before the model and split in two:
/// the model is tuned on the dev half only; the test half is held out and must meet the targets.
/// </summary>
public sealed class RiskCorpusTests
{
    private static readonly IReadOnlyList<CorpusCase> Corpus = RiskCorpus.Load();

    [Fact]
    public void The_corpus_has_what_an_evaluation_needs()
    {
        var danger = Corpus.Where(c => c.IsDanger).ToList();
        Assert.True(Corpus.Count >= 600, $"{Corpus.Count} questions");
        Assert.True(danger.Count >= 250, $"{danger.Count} dangerous");
        Assert.True(Corpus.Count(c => !c.IsDanger) >= 300, $"{Corpus.Count(c => !c.IsDanger)} hard negatives");
        Assert.All(RiskCorpus.Concepts.Keys, concept => Assert.True(danger.Count(c => c.Expect.Contains(concept)) >= 20, concept));
        Assert.Equal(Corpus.Count, Corpus.Select(c => c.Id).Distinct().Count());
        Assert.All(Corpus, c => Assert.Contains(c.Split, new[] { "dev", "test" }));
    }

    [Fact]
    public void On_the_held_out_split_danger_is_caught_with_its_help_and_false_alarms_are_rare()
    {
        var result = Evaluate("test");
        TestContext.Current.TestOutputHelper?.WriteLine(result.Table);

        Assert.True(result.ExplicitMissed.Count == 0, $"Explicit wording missed: {string.Join(", ", result.ExplicitMissed)}\n{result.Table}");
        Assert.True(result.Recall >= 0.97, $"Recall {result.Recall:P1} is under 97 %\n{result.Table}");
        Assert.True(result.FalseAlarmRate <= 0.05, $"False alarms {result.FalseAlarmRate:P1} are over 5 %\n{result.Table}");
    }

    [Fact]
    public void On_the_dev_split_the_same_targets_hold()
    {
        var result = Evaluate("dev");
        TestContext.Current.TestOutputHelper?.WriteLine(result.Table);
        if (Environment.GetEnvironmentVariable("RISK_CORPUS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, result.Table + "\n" + result.Details);
        }

        Assert.True(result.ExplicitMissed.Count == 0, $"Explicit wording missed: {string.Join(", ", result.ExplicitMissed)}");
        Assert.True(result.Recall >= 0.97, $"Recall {result.Recall:P1}\n{result.Table}");
        Assert.True(result.FalseAlarmRate <= 0.05, $"False alarms {result.FalseAlarmRate:P1}\n{result.Table}");
    }

    [Fact]
    public void The_whole_corpus_is_assessed_in_well_under_a_second()
    {
        RiskAssessor.Assess(ScreeningAnswers.AllClear, "warm up", "warm up the reader");
        var clock = Stopwatch.StartNew();
        foreach (var c in Corpus)
        {
            RiskAssessor.Assess(ScreeningAnswers.AllClear, c.Title, c.Text);
        }

        // Generous bound for a shared CI machine; the benchmark in docs/performance.md has the real figure.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static Evaluation Evaluate(string split)
    {
        var lines = RiskCorpus.NationalLines();
        var table = new StringBuilder();
        var details = new StringBuilder();
        var cases = Corpus.Where(c => c.Split == split).ToList();
        table.AppendLine(CultureInfo.InvariantCulture, $"Split: {split}, {cases.Count} questions");
        table.AppendLine("concept              caught  missed  recall");
        var explicitMissed = new List<string>();
        int caught = 0, danger = 0;
        foreach (var concept in RiskCorpus.Concepts.Keys)
        {
            int hit = 0, miss = 0;
            foreach (var c in cases.Where(c => c.Expect.Contains(concept)))
            {
                var risk = RiskAssessor.Assess(ScreeningAnswers.AllClear, c.Title, c.Text);
                if (RiskCorpus.Miss(c, risk, lines) is { } why)
                {
                    miss++;
                    details.AppendLine(CultureInfo.InvariantCulture, $"MISS {c.Id} [{c.Style}] {why}: {c.Title} | {c.Text}");
                    foreach (var r in risk.Reasons)
                    {
                        details.AppendLine(CultureInfo.InvariantCulture, $"      {r.Level} {r.Explained}");
                    }

                    if (c.Style == "explicit")
                    {
                        explicitMissed.Add(c.Id);
                    }
                }
                else
                {
                    hit++;
                }
            }

            table.AppendLine(CultureInfo.InvariantCulture, $"{concept,-20} {hit,6} {miss,7} {(double)hit / Math.Max(1, hit + miss),7:P1}");
        }

        foreach (var c in cases.Where(c => c.IsDanger))
        {
            danger++;
            if (RiskCorpus.Miss(c, RiskAssessor.Assess(ScreeningAnswers.AllClear, c.Title, c.Text), lines) is null)
            {
                caught++;
            }
        }

        table.AppendLine("negatives            alarms  quiet   rate");
        int alarms = 0, negatives = 0;
        foreach (var style in cases.Where(c => !c.IsDanger).Select(c => c.Style).Distinct().Order(StringComparer.Ordinal))
        {
            int raised = 0, quiet = 0;
            foreach (var c in cases.Where(c => !c.IsDanger && c.Style == style))
            {
                var risk = RiskAssessor.Assess(ScreeningAnswers.AllClear, c.Title, c.Text);
                if (risk.IsFlagged)
                {
                    raised++;
                    details.AppendLine(CultureInfo.InvariantCulture, $"ALARM {c.Id} [{c.Style}]: {c.Title} | {c.Text}");
                    foreach (var r in risk.Reasons)
                    {
                        details.AppendLine(CultureInfo.InvariantCulture, $"      {r.Level} {r.Explained}");
                    }
                }
                else
                {
                    quiet++;
                }
            }

            alarms += raised;
            negatives += raised + quiet;
            table.AppendLine(CultureInfo.InvariantCulture, $"{style,-20} {raised,6} {quiet,7} {(double)raised / Math.Max(1, raised + quiet),7:P1}");
        }

        var recall = (double)caught / Math.Max(1, danger);
        var falseAlarms = (double)alarms / Math.Max(1, negatives);
        table.AppendLine(CultureInfo.InvariantCulture, $"overall: recall {recall:P1} ({caught}/{danger}), false alarms {falseAlarms:P1} ({alarms}/{negatives})");
        return new Evaluation(table.ToString(), details.ToString(), recall, falseAlarms, explicitMissed);
    }

    private sealed record Evaluation(string Table, string Details, double Recall, double FalseAlarmRate, IReadOnlyList<string> ExplicitMissed);
}
