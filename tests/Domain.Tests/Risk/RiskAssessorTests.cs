using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.Risk;

public sealed class RiskAssessorTests
{
    public static TheoryData<string, RiskLevel, string?> Phrases() => new()
    {
        // Suicide and self-harm, said plainly.
        { "I want to end it all.", RiskLevel.Crisis, "\"end it all\"" },
        { "Some nights I think about ending my life.", RiskLevel.Crisis, "\"ending my life\"" },
        { "I've been planning to kill myself after the holidays", RiskLevel.Crisis, "\"kill myself\"" },
        { "Honestly everyone would be better off without me", RiskLevel.Crisis, "\"better off without me\"" },
        { "I don't want to live like this any more", RiskLevel.Crisis, "\"dont want to live\"" },
        { "I DON’T WANT TO BE ALIVE", RiskLevel.Crisis, "\"dont want to be alive\"" },
        { "I wish I was dead", RiskLevel.Crisis, "\"wish i was dead\"" },
        { "I have nothing to live for since she left", RiskLevel.Crisis, "\"nothing to live for\"" },
        { "I'm feeling suicidal again", RiskLevel.Crisis, "\"feeling suicidal\"" },
        { "The suicidal thoughts came back", RiskLevel.Crisis, "\"suicidal thoughts\"" },
        { "I have been cutting myself to cope", RiskLevel.High, "\"cutting myself\"" },
        { "My therapist asked about self harm", RiskLevel.High, "\"self harm\"" },
        { "Last week I took too many pills", RiskLevel.Crisis, "\"took too many pills\"" },
        { "I think he overdosed on purpose", RiskLevel.Crisis, "\"overdosed\"" },
        { "My brother died by suicide two years ago and I still cry", RiskLevel.Elevated, "\"suicide\"" },

        // Violence at home.
        { "My husband hits me when he drinks", RiskLevel.High, "\"hits me\"" },
        { "He choked me last night", RiskLevel.Crisis, "\"choked me\"" },
        { "She threatened to kill me if I leave", RiskLevel.Crisis, "\"threatened to kill me\"" },
        { "I am afraid of my boyfriend", RiskLevel.High, "\"afraid of my boyfriend\"" },
        { "He won't let me see my friends", RiskLevel.Elevated, "\"wont let me see my friends\"" },
        { "My wife checks my phone every night", RiskLevel.Elevated, "\"checks my phone\"" },
        { "He screamed \"I'll kill you\" and locked the door", RiskLevel.Crisis, "\"ill kill you\"" },
        { "He keeps a gun in the nightstand and says things", RiskLevel.High, "\"keeps a gun\"" },

        // Children and sexual assault.
        { "My partner hits our son with a belt", RiskLevel.High, "\"hits our son\"" },
        { "Her uncle molested her when she was small", RiskLevel.Crisis, "\"molested\"" },
        { "I was raped in college and never told anyone", RiskLevel.High, "\"raped\"" },
        { "My ex forced me to have sex", RiskLevel.High, "\"forced me to have sex\"" },

        // Denied, hyperbole or ordinary words: not a crisis.
        { "This job is killing me", RiskLevel.Routine, null },
        { "My feet are killing me after the wedding", RiskLevel.Routine, null },
        { "I would never kill myself, but I feel so flat", RiskLevel.Routine, null },
        { "I'm not suicidal, just very sad", RiskLevel.Routine, null },
        { "He has never hit me, but he shouts", RiskLevel.Routine, null },
        { "She doesn't hit me. We just argue about money.", RiskLevel.Routine, null },
        { "I could die of embarrassment", RiskLevel.Routine, null },
        { "We are dying to go on holiday", RiskLevel.Routine, null },
        { "My kids drive me up the wall", RiskLevel.Routine, null },
        { "We fight about who does the dishes", RiskLevel.Routine, null },
        { "He told me I'm no good at cooking", RiskLevel.Routine, null },
        { "The hit song was playing when he proposed", RiskLevel.Routine, null },
        { "I kill it at work but feel empty at home", RiskLevel.Routine, null },
        { "She said she'd kill you for forgetting milk", RiskLevel.Routine, null },

        // Quoted words from a song or someone else count, but less.
        { "The song goes \"I want to die in your arms\" and it's our song", RiskLevel.Elevated, "Quoted words" },
        { "My friend keeps saying “I'm going to kill myself” as a joke", RiskLevel.Elevated, "Quoted words" },

        // A negation in another clause does not deny the phrase.
        { "It's not fair. He hits me.", RiskLevel.High, "\"hits me\"" },
        { "No one knows, but I want to die", RiskLevel.Crisis, "\"want to die\"" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_gives_its_level_and_reason(string text, RiskLevel level, string? reason)
    {
        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, text);

        Assert.Equal(level, assessment.Level);
        if (reason is null)
        {
            Assert.Empty(assessment.Reasons);
        }
        else
        {
            Assert.Contains(assessment.Reasons, r => r.Description.Contains(reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void There_are_at_least_forty_phrase_cases()
    {
        Assert.True(Phrases().Count >= 40);
    }

    [Theory]
    [InlineData(true, false, HarmFrom.NoOne, false, RiskLevel.Crisis, Concerns.ImmediateDanger)]
    [InlineData(false, true, HarmFrom.NoOne, false, RiskLevel.Crisis, Concerns.SuicideOrSelfHarm)]
    [InlineData(false, false, HarmFrom.Partner, false, RiskLevel.High, Concerns.DomesticViolence)]
    [InlineData(false, false, HarmFrom.FamilyMember, false, RiskLevel.High, Concerns.DomesticViolence)]
    [InlineData(false, false, HarmFrom.SomeoneElse, false, RiskLevel.High, Concerns.ImmediateDanger)]
    [InlineData(false, false, HarmFrom.NoOne, true, RiskLevel.High, Concerns.ChildAbuse)]
    [InlineData(false, false, HarmFrom.NoOne, false, RiskLevel.Routine, Concerns.None)]
    public void Each_safety_answer_gives_its_level_and_concern(bool danger, bool selfHarm, HarmFrom harm, bool child, RiskLevel level, Concerns concern)
    {
        var assessment = RiskAssessor.Assess(new ScreeningAnswers(danger, selfHarm, harm, child), "A title", "Nothing worrying here at all.");

        Assert.Equal(level, assessment.Level);
        Assert.Equal(concern, assessment.Concerns);
    }

    [Fact]
    public void The_level_is_the_highest_reason_and_every_reason_is_kept_most_urgent_first()
    {
        var assessment = RiskAssessor.Assess(
            new ScreeningAnswers(false, false, HarmFrom.Partner, false),
            "He checks my phone",
            "He choked me on Friday.");

        Assert.Equal(RiskLevel.Crisis, assessment.Level);
        Assert.Equal([RiskLevel.Crisis, RiskLevel.High, RiskLevel.Elevated], assessment.Reasons.Select(r => r.Level));
        Assert.Equal(Concerns.DomesticViolence, assessment.Concerns);
        Assert.True(assessment.IsFlagged);
    }

    [Fact]
    public void The_title_is_read_as_well_as_the_question()
    {
        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, "I want to end it all", "Please help.");

        Assert.Equal(RiskLevel.Crisis, assessment.Level);
    }

    [Fact]
    public void The_same_text_always_gives_the_same_assessment()
    {
        const string Text = "He hits me. I want to die. My son is scared.";

        var first = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, Text);
        var second = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, Text);

        Assert.Equal(first.Level, second.Level);
        Assert.Equal(first.Reasons, second.Reasons);
    }

    [Fact]
    public void Empty_and_punctuation_only_text_is_routine()
    {
        Assert.Equal(RiskLevel.Routine, RiskAssessor.Assess(ScreeningAnswers.AllClear, "", "?!... \"\" ''").Level);
    }
}
