using System.Globalization;
using System.Text;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Risk.Reading;

namespace AdviceIntake.Domain.Tests.Risk;

/// <summary>
/// The assessment measured on questions it was not tuned on. The first corpus was written before the model and split in
/// two; later rounds of tuning questions are all dev. The model is tuned on dev only; the test half is held out.
/// </summary>
public sealed class RiskCorpusTests
{
    // The targets of the issue that asked for the model: 97 % of dangers, 5 % false alarms, no explicit wording missed.
    private const double HeldOutRecallFloor = 0.97;
    private const double HeldOutFalseAlarmCeiling = 0.05;
    private const int HeldOutExplicitMissesCeiling = 0;
    private const double DevRecallFloor = 0.985;

    // The word model is trained on the dev split, so its dev figures flatter it; the held-out ones are the fair view.
    private const double DevFalseAlarmCeiling = 0.031;

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

    /// <summary>
    /// Recall 100 % on explicit wording and 97 % overall, with false alarms at most 5 %, and the right help for every
    /// flagged case. The model meets them with little to spare (decision 9): 175 of 180 dangers, 9 false alarms in 181.
    /// </summary>
    [Fact]
    public void On_the_held_out_split_recall_and_false_alarms_meet_their_targets()
    {
        var result = Evaluate("test");
        TestContext.Current.TestOutputHelper?.WriteLine(result.Table);

        // The held-out split reports its table only: its questions are not for reading while tuning.
        if (Environment.GetEnvironmentVariable("RISK_CORPUS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path + ".held-out", result.Table);
        }

        Assert.True(result.Recall >= HeldOutRecallFloor, $"Recall {result.Recall:P1} fell under {HeldOutRecallFloor:P0}\n{result.Table}");
        Assert.True(result.FalseAlarmRate <= HeldOutFalseAlarmCeiling, $"False alarms {result.FalseAlarmRate:P1} rose over {HeldOutFalseAlarmCeiling:P0}\n{result.Table}");
        Assert.True(result.ExplicitMissed.Count <= HeldOutExplicitMissesCeiling, $"Explicit wording missed: {string.Join(", ", result.ExplicitMissed)}");
        Assert.Empty(result.WithoutHelp);
    }

    [Fact]
    public void On_the_dev_split_recall_and_false_alarms_are_no_worse_than_last_measured()
    {
        var result = Evaluate("dev");
        TestContext.Current.TestOutputHelper?.WriteLine(result.Table);
        if (Environment.GetEnvironmentVariable("RISK_CORPUS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, result.Table + "\n" + result.Details);
        }

        Assert.True(result.Recall >= DevRecallFloor, $"Recall {result.Recall:P1}\n{result.Table}");
        Assert.True(result.FalseAlarmRate <= DevFalseAlarmCeiling, $"False alarms {result.FalseAlarmRate:P1}\n{result.Table}");
        Assert.Empty(result.WithoutHelp);
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
        var withoutHelp = new List<string>();
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

                    if (why.Contains(" without ", StringComparison.Ordinal))
                    {
                        withoutHelp.Add($"{c.Id}: {why}");
                    }
                }
                else
                {
                    hit++;
                }
            }

            table.AppendLine(CultureInfo.InvariantCulture, $"{concept,-20} {hit,6} {miss,7} {(double)hit / Math.Max(1, hit + miss),7:P1}");
        }

        // By style too, since a concept's recall can hide that one way of writing (Spanish, slang) is what it misses.
        table.AppendLine("style                caught  missed  recall");
        foreach (var style in cases.Where(c => c.IsDanger).Select(c => c.Style).Distinct().Order(StringComparer.Ordinal))
        {
            int hit = 0, miss = 0;
            foreach (var c in cases.Where(c => c.IsDanger && c.Style == style))
            {
                if (RiskCorpus.Miss(c, RiskAssessor.Assess(ScreeningAnswers.AllClear, c.Title, c.Text), lines) is null)
                {
                    hit++;
                }
                else
                {
                    miss++;
                }
            }

            caught += hit;
            danger += hit + miss;
            table.AppendLine(CultureInfo.InvariantCulture, $"{style,-20} {hit,6} {miss,7} {(double)hit / Math.Max(1, hit + miss),7:P1}");
        }

        table.AppendLine("negatives            alarms  quiet   rate");
        int alarms = 0, negatives = 0, byModelAlone = 0;
        foreach (var style in cases.Where(c => !c.IsDanger).Select(c => c.Style).Distinct().Order(StringComparer.Ordinal))
        {
            int raised = 0, quiet = 0;
            foreach (var c in cases.Where(c => !c.IsDanger && c.Style == style))
            {
                var risk = RiskAssessor.Assess(ScreeningAnswers.AllClear, c.Title, c.Text);
                if (risk.IsFlagged)
                {
                    raised++;
                    byModelAlone += risk.Reasons.Where(r => r.Level >= RiskLevel.High).All(r => r.Description.EndsWith(WordModel.WholeTextLabel, StringComparison.Ordinal)) ? 1 : 0;
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
        table.AppendLine(CultureInfo.InvariantCulture, $"overall: recall {recall:P1} ({caught}/{danger}), false alarms {falseAlarms:P1} ({alarms}/{negatives}, {byModelAlone} raised by the whole-text reading alone)");
        table.AppendLine(CultureInfo.InvariantCulture, $"targets: recall 97 %, explicit 100 %, false alarms 5 %; explicit missed: {explicitMissed.Distinct().Count()}");
        return new Evaluation(table.ToString(), details.ToString(), recall, falseAlarms, [.. explicitMissed.Distinct()], withoutHelp);
    }

    private sealed record Evaluation(
        string Table, string Details, double Recall, double FalseAlarmRate, IReadOnlyList<string> ExplicitMissed, IReadOnlyList<string> WithoutHelp);
}
