using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Components.Public;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Intake.Steps;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AdviceIntake.Portal.Tests.Features.Intake;

public sealed class IntakeStepTests : BunitContext
{
    [Fact]
    public void Each_problem_shows_beside_its_question_and_the_summary_links_to_the_first_choice_on_this_page()
    {
        var problems = new FormProblems(
        [
            new FieldError("InDangerNow", "Answer whether you are in danger right now."),
            new FieldError("ChildBeingHurt", "Answer whether a child is being hurt."),
        ]);

        var page = Render<CascadingValue<FormProblems>>(p => p
            .Add(c => c.Value, problems)
            .AddChildContent<ProblemSummary>(s => s.Add(x => x.Path, "/ask/safety?change=true"))
            .AddChildContent<SafetyStep>(s => s.Add(x => x.Form, IntakeForm.From(new IntakeDraft()))));

        Assert.Equal(["/ask/safety?change=true#field-InDangerNow", "/ask/safety?change=true#field-ChildBeingHurt"],
            page.FindAll(".error-summary-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("radio", page.Find("#field-InDangerNow").GetAttribute("type"));
        Assert.Equal("Error: Answer whether a child is being hurt.", page.Find("#field-ChildBeingHurt-error").TextContent);
        Assert.Equal(2, page.FindAll(".form-group-error").Count);
        Assert.Contains("field-InDangerNow-error", page.Find("[data-field=InDangerNow] fieldset").GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_choice_is_a_native_radio_with_its_own_label_one_per_line()
    {
        var draft = new IntakeDraft { HarmFrom = Domain.Risk.HarmFrom.Partner };

        var step = Render<SafetyStep>(p => p.Add(s => s.Form, IntakeForm.From(draft)));

        var harm = step.FindAll("[data-field=HarmFrom] .radio");
        Assert.Equal(4, harm.Count);
        Assert.All(harm, choice => Assert.Equal(choice.QuerySelector("input")!.Id, choice.QuerySelector("label")!.GetAttribute("for")));
        Assert.True(step.Find("#field-HarmFrom-2").HasAttribute("checked"));
        Assert.Equal("Yes, a partner or ex-partner", step.Find("label[for=field-HarmFrom-2]").TextContent);
    }

    [Fact]
    public void The_question_page_cuts_nothing_and_shows_a_long_question_whole()
    {
        var text = new string('a', 12_000);

        var step = Render<QuestionStep>(p => p.Add(s => s.Form, IntakeForm.From(new IntakeDraft { Title = "Help", Text = text })));

        Assert.Empty(step.FindAll("[maxlength]"));
        Assert.Equal(text, step.Find("#field-Text").TextContent);
        Assert.Equal("10000", step.Find("#field-Text").GetAttribute("data-count-max"));
        Assert.Contains("You can enter up to 10,000 characters", step.Find("#field-Text-count").TextContent, StringComparison.Ordinal);
        Assert.Equal("field-Text-hint field-Text-count", step.Find("#field-Text").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void The_email_safety_question_sits_in_a_block_shown_once_an_address_is_typed()
    {
        var step = Render<SigningOffStep>(p => p.Add(s => s.Form, IntakeForm.From(new IntakeDraft { PenName = "Worried Mom" })));

        var block = step.Find("[data-shown-when-filled=field-Email]");
        Assert.NotNull(block.QuerySelector("#field-EmailIsSafe"));
        Assert.NotNull(block.QuerySelector("#field-WantsLetterByEmail"));
        Assert.Equal("select", Render<AboutYouStep>(p => p.Add(s => s.Form, IntakeForm.From(new IntakeDraft()))).Find("#field-State").TagName.ToLowerInvariant());
    }

    [Fact]
    public void A_page_applies_only_its_own_answers_and_a_forged_value_is_no_answer()
    {
        var draft = new IntakeDraft { Title = "Kept", Text = "Kept as well, from the page before." };
        var posted = new FormCollection(new Dictionary<string, StringValues>
        {
            ["InDangerNow"] = "no",
            ["ThoughtsOfSelfHarm"] = "maybe",
            ["HarmFrom"] = "7",
            ["ChildBeingHurt"] = "yes",
            ["Title"] = "Not this page's field",
        });

        IntakeForm.Read(posted, IntakeSteps.Safety).ApplyTo(draft, IntakeSteps.Safety);

        Assert.False(draft.InDangerNow);
        Assert.Null(draft.ThoughtsOfSelfHarm);
        Assert.Null(draft.HarmFrom);
        Assert.True(draft.ChildBeingHurt);
        Assert.Equal("Kept", draft.Title);
    }

    [Fact]
    public void Line_breaks_sent_by_a_browser_count_as_one_character_each()
    {
        var draft = new IntakeDraft();

        IntakeForm.Read(new FormCollection(new Dictionary<string, StringValues> { ["Text"] = "one\r\ntwo\r\nthree" }), IntakeSteps.Question)
            .ApplyTo(draft, IntakeSteps.Question);

        Assert.Equal("one\ntwo\nthree", draft.Text);
    }

    [Fact]
    public void An_address_that_is_not_safe_keeps_no_wish_for_the_letter_by_email()
    {
        var draft = new IntakeDraft();

        IntakeForm.Read(new FormCollection(new Dictionary<string, StringValues>
        {
            ["PenName"] = "Quiet",
            ["Email"] = "me@example.com",
            ["EmailIsSafe"] = "no",
            ["WantsLetterByEmail"] = "yes",
        }), IntakeSteps.SigningOff).ApplyTo(draft, IntakeSteps.SigningOff);

        Assert.False(draft.EmailIsSafe);
        Assert.False(draft.WantsLetterByEmail);
        Assert.False(draft.ConsentsToPublication);
    }

    [Fact]
    public void Check_answers_shows_typed_markup_as_text_with_a_change_link_for_each_answer()
    {
        var draft = new IntakeDraft { Title = "<img src=x onerror=alert(1)>", Text = "A long enough question to be valid here." };

        var step = Render<CheckAnswersStep>(p => p.Add(s => s.Draft, draft));

        Assert.Empty(step.FindAll(".check-list img"));
        Assert.Contains("<img src=x onerror=alert(1)>", step.Find(".check-list").ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(14, step.FindAll(".check-change a").Count);
        Assert.Contains(step.FindAll(".check-change a"), a => a.GetAttribute("href") == "/ask/question?change=true");
        Assert.Equal("Send question", step.Find("button[type=submit]").TextContent);
    }
}
