using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Tests.Risk;

public sealed class RiskAssessorTests
{
    public static TheoryData<string, RiskLevel, Concerns, string> Dangers() => new()
    {
        // Suicide, after the Columbia scale: a passive wish is High, a means, plan, preparation or attempt is Crisis.
        { "Some nights I wish I could go to sleep and not wake up.", RiskLevel.High, Concerns.SuicideOrSelfHarm, "wish I could go to sleep and not wake up" },
        { "I've been saving my sleeping pills. Everyone would be better off without me.", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "saving my sleeping pills" },
        { "I looked up how many tablets it would take.", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "looked up how many" },
        { "I keep thinking of driving off the bridge on my way home, just to not be here.", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "driving off the bridge" },
        { "i want to unalive myself tonight", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "unalive myself" },
        { "honestly kms, i have the rope", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "kms" },
        { "I think about sucide every day and I picked a date", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "picked a date" },
        { "Ya no quiero vivir y tengo las pastillas guardadas.", RiskLevel.Crisis, Concerns.SuicideOrSelfHarm, "pastillas" },
        { "I have been cutting myself to cope", RiskLevel.High, Concerns.SuicideOrSelfHarm, "cutting myself" },

        // Swallowed: 911 and Poison Control.
        { "My mom took a lot of her sleeping pills an hour ago and now she is really drowsy.", RiskLevel.Crisis, Concerns.Poisoning, "took" },
        { "I swallowed the whole bottle of Tylenol.", RiskLevel.Crisis, Concerns.Poisoning, "swallowed" },
        { "My toddler drank some bleach from under the sink", RiskLevel.Crisis, Concerns.Poisoning, "drank" },

        // Danger now.
        { "He is banging on the door saying he will kill me. I'm hiding in the closet.", RiskLevel.Crisis, Concerns.ImmediateDanger, "banging on the door" },
        { "Tonight my brother texted 'look after Bella for me'. Now his phone goes straight to voicemail.", RiskLevel.Crisis, Concerns.ImmediateDanger, "look after Bella for me" },
        { "Someone is breaking into my house right now", RiskLevel.Crisis, Concerns.ImmediateDanger, "breaking into" },

        // Partner violence, after the Danger Assessment.
        { "My husband said if I leave he will kill me, and he keeps a gun in the nightstand as a reminder.", RiskLevel.Crisis, Concerns.DomesticViolence, "kill me" },
        { "After every argument with my boyfriend I have new bruises.", RiskLevel.High, Concerns.DomesticViolence, "bruises" },
        { "My ex put a tracker on my car and shows up at my work.", RiskLevel.High, Concerns.DomesticViolence, "shows up at" },
        { "He put his hands around my neck until I couldn't breathe. We've been married six years.", RiskLevel.Crisis, Concerns.DomesticViolence, "hands around my neck" },

        // Children.
        { "I'm 14. My stepdad comes into my room at night and says it's our secret.", RiskLevel.Crisis, Concerns.ChildAbuse, "into my room at night" },
        { "The kids next door get beaten with a belt, I see the marks on their legs.", RiskLevel.High, Concerns.ChildAbuse, "kids next door get beaten" },
        { "My sister locks her son in his room without food for days.", RiskLevel.High, Concerns.ChildAbuse, "locks her son in his room" },
        { "stepdad went off on me again, belt this time, back is all welts and mom just stood there", RiskLevel.High, Concerns.ChildAbuse, "stepdad went off on me" },

        // Sexual assault and older adults.
        { "I said no and he kept going. We were on a date.", RiskLevel.High, Concerns.SexualAssault, "kept going" },
        { "I woke up and he was on top of me.", RiskLevel.High, Concerns.SexualAssault, "woke up and he" },
        { "My grandmother's carer leaves her in soiled clothes and takes her pension.", RiskLevel.High, Concerns.ElderAbuse, "soiled clothes" },
    };

    public static TheoryData<string> Safe() => new()
    {
        "This job is killing me and I never see my kids.",
        "I'm dying to know if it's normal to argue this much.",
        "I could kill for a coffee after these night feeds.",
        "The meeting bored me to death.",
        "He has never hit me, but he shouts.",
        "I would never kill myself, but I feel so flat.",
        "I take my sertraline every morning and feel numb.",
        "My father-in-law keeps his hunting rifles locked in a safe.",
        "I choked on a piece of steak last week and now I'm scared to eat.",
        "In the novel I'm writing, the villain strangles a man.",
        "I attempted suicide twenty years ago; I've been well since. My question is about my son's grades.",
        "Me muero de ganas de ver a mi familia.",
        "No les pego a mis hijos, pero les grito mucho y me siento mal.",
        "My dad is 71 and since Mum died I've been cooking for him twice a week.",
        "My 7-year-old says she and Daddy have a secret and I'm not allowed to know until my birthday.",
    };

    [Theory]
    [MemberData(nameof(Dangers))]
    public void Danger_in_everyday_words_gives_its_level_concern_and_the_words_that_raised_it(string text, RiskLevel level, Concerns concern, string quote)
    {
        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, text);

        Assert.True(assessment.Level >= level, $"{assessment.Level} for: {text}");
        var quoted = assessment.Reasons.Where(r => r.Concern.HasFlag(concern) && r.Quote is not null).ToList();
        Assert.Contains(quoted, r => r.Quote!.Contains(quote, StringComparison.OrdinalIgnoreCase) || quote.Contains(r.Quote!, StringComparison.OrdinalIgnoreCase));
        Assert.All(quoted, r => Assert.EndsWith($"\u201C{r.Quote}\u201D", r.Explained, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Safe))]
    public void Figures_of_speech_denials_ordinary_medicine_stories_and_the_resolved_past_are_not_flagged(string text)
    {
        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, text);

        Assert.False(assessment.IsFlagged, string.Join("; ", assessment.Reasons.Select(r => r.Explained)));
    }

    [Fact]
    public void A_reason_says_whose_danger_it_is()
    {
        var friend = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "My best friend has a plan to die tonight and stopped answering her phone.");
        var writer = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "I have a plan to die tonight.");

        Assert.Contains(friend.Reasons, r => r.Description.Contains("their friend", StringComparison.Ordinal));
        Assert.Contains(writer.Reasons, r => r.Description.Contains("the writer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_danger_told_as_the_resolved_past_counts_less_unless_it_is_back()
    {
        var past = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "Years ago my ex choked me.");
        var back = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "Years ago my ex choked me, and last night he did it again.");

        Assert.Equal(RiskLevel.Elevated, past.Level);
        Assert.Equal(RiskLevel.Crisis, back.Level);
    }

    [Fact]
    public void Quotes_are_restored_into_stored_reasons_by_description()
    {
        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "I have been cutting myself to cope.");
        var stored = assessment.Reasons.Select(r => r with { Quote = null }).ToList();

        var restored = assessment.QuoteInto(stored);

        Assert.Equal(assessment.Reasons.Select(r => r.Quote), restored.Select(r => r.Quote));
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
            "My husband checks my phone",
            "He choked me on Friday.");

        Assert.Equal(RiskLevel.Crisis, assessment.Level);
        Assert.Equal(assessment.Reasons.Select(r => r.Level).OrderDescending(), assessment.Reasons.Select(r => r.Level));
        Assert.Contains(assessment.Reasons, r => r.Level == RiskLevel.Elevated);
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

    [Fact]
    public void Danger_the_lexicon_has_no_words_for_is_read_from_the_question_as_a_whole_and_quoted()
    {
        const string Text = "Since the funeral I have been sorting my things into boxes for my sister. I feel calm about it for the "
            + "first time in months and I know what I am doing on Friday.";

        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, Text);

        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal(RiskLevel.High, reason.Level);
        Assert.Equal(Concerns.SuicideOrSelfHarm, reason.Concern);
        Assert.Equal("suicide, read from the whole text", reason.Description);
        Assert.All(reason.Quote!.Split("\u201D, \u201C"), quoted => Assert.Contains(quoted, Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_whole_question_reading_does_not_repeat_a_danger_the_lexicon_found()
    {
        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "I have been saving my sleeping pills and I want to die.");

        Assert.DoesNotContain(assessment.Reasons, r => r.Description.Contains("as a whole", StringComparison.Ordinal));
        Assert.Equal(RiskLevel.Crisis, assessment.Level);
    }

    /// <summary>An overdose is danger right now (911 first); a child's sexual abuse is sexual assault (RAINN too).</summary>
    [Theory]
    [InlineData("My roommate took a bunch of xanax with vodka an hour ago and now I can't wake her up.",
        Concerns.Poisoning, Concerns.ImmediateDanger, "emergency-911", "poison-control")]
    [InlineData("I'm 14. My stepdad comes into my room at night and says it's our secret.",
        Concerns.ChildAbuse, Concerns.SexualAssault, "childhelp-hotline", "rainn-sexual-assault-hotline")]
    public void One_finding_that_is_two_dangers_raises_both_and_offers_the_help_of_both(
        string text, Concerns found, Concerns also, string line, string alsoLine)
    {
        var assessment = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, text);

        Assert.Contains(assessment.Reasons, r => r.Concern == found && r.Level == RiskLevel.Crisis);
        Assert.Contains(assessment.Reasons, r => r.Concern == also);
        var lines = CrisisLineChoice.For(assessment, RiskCorpus.NationalLines()).Select(l => l.Slug).ToList();
        Assert.Contains(line, lines);
        Assert.Contains(alsoLine, lines);
        Assert.Equal(CrisisLineChoice.CallEmergencyFirst.HasFlag(found), lines[0] == "emergency-911");
    }

    [Fact]
    public void A_phone_at_twelve_percent_is_not_an_age_that_puts_danger_in_the_past()
    {
        var assessment = RiskAssessor.Assess(
            ScreeningAnswers.AllClear, null, "hes outside the door rn banging and yelling hes gonna kill me, i locked myself in the bathroom w my phone at 12%.");

        Assert.Contains(assessment.Reasons, r => r.Concern == Concerns.ImmediateDanger && r.Level == RiskLevel.Crisis);
    }

    [Fact]
    public void A_title_is_read_as_the_past_its_question_makes_of_the_same_words()
    {
        const string Title = "Should I tell my kids about my suicide attempt at 19?";

        Assert.False(RiskAssessor.Assess(ScreeningAnswers.AllClear, Title, "When I was 19 I made a suicide attempt. I've been well for thirty years.").IsFlagged);
        Assert.True(RiskAssessor.Assess(ScreeningAnswers.AllClear, Title, "I'm 19. I made a suicide attempt last week and I'm home now.").IsFlagged);
    }

    [Fact]
    public void A_number_of_days_or_weeks_is_not_the_writers_age()
    {
        var reasons = RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "I'm 6 days late. When I say not tonight he keeps on until I stop arguing.").Reasons;

        Assert.DoesNotContain(reasons, r => r.Description.Contains("under 18", StringComparison.Ordinal));
        Assert.Contains(RiskAssessor.Assess(ScreeningAnswers.AllClear, null, "I'm 6 and my uncle touches me").Reasons, r => r.Description.Contains("under 18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_is_read_as_the_joke_its_question_makes_of_the_same_words()
    {
        const string Text = "ok so i got braces today and if my crush sees them i will literally kms (jk obviously). how do i talk without showing my teeth";

        Assert.False(RiskAssessor.Assess(ScreeningAnswers.AllClear, "i will kms", Text).IsFlagged);
        Assert.True(RiskAssessor.Assess(ScreeningAnswers.AllClear, "i will kms", "i got braces today and everything is pointless, i want to kms").IsFlagged);
    }
}
