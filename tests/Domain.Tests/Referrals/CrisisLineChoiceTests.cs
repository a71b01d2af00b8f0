using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Tests.Risk;

namespace AdviceIntake.Domain.Tests.Referrals;

public sealed class CrisisLineChoiceTests
{
    private static readonly IReadOnlyList<ReferralResource> Directory = RiskCorpus.NationalLines();

    private static IReadOnlyList<string> LinesFor(string text) =>
        [.. CrisisLineChoice.For(RiskAssessor.Assess(ScreeningAnswers.AllClear, null, text), Directory).Select(l => l.Slug)];

    [Fact]
    public void An_overdose_shows_emergency_services_first_then_poison_control()
    {
        var lines = LinesFor("My dad took the whole bottle of his heart pills an hour ago and won't wake up.");

        Assert.Equal(["emergency-911", "poison-control"], lines.Take(2));
    }

    [Fact]
    public void Partner_abuse_shows_the_domestic_violence_hotline_first_and_nothing_unrelated()
    {
        var lines = LinesFor("My boyfriend hits me after every argument and I have bruises.");

        Assert.Equal("national-domestic-violence-hotline", lines[0]);
        Assert.DoesNotContain("emergency-911", lines);
        Assert.DoesNotContain("rainn-sexual-assault-hotline", lines);
        Assert.DoesNotContain("trevor-project", lines);
    }

    [Fact]
    public void Several_dangers_show_several_lines_the_most_urgent_first()
    {
        var lines = LinesFor("He is outside my door right now with a knife. I also want to die.");

        Assert.Equal("emergency-911", lines[0]);
        Assert.Contains("988-lifeline", lines);
    }

    [Fact]
    public void Suicide_shows_988_which_offers_chat()
    {
        var lines = CrisisLineChoice.For(RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "I wish I was dead."), Directory);

        Assert.Equal("988-lifeline", lines[0].Slug);
        Assert.NotNull(lines[0].ChatUrl);
    }

    [Fact]
    public void Nothing_is_shown_when_nothing_was_flagged()
    {
        Assert.Empty(LinesFor("We argue about the dishes."));
    }
}
