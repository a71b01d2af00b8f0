using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Intake.Steps;
using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace AdviceIntake.Portal.Tests.Features.Intake;

public sealed class IntakeStepTests : BunitContext
{
    public IntakeStepTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void Continuing_the_safety_check_unanswered_names_each_question_and_does_not_go_on()
    {
        var continued = false;
        var step = Render<SafetyStep>(p => p
            .Add(s => s.Draft, new IntakeDraft())
            .Add(s => s.OnContinue, () => continued = true));

        step.Find("form").Submit();

        Assert.False(continued);
        Assert.Equal(4, step.FindAll(".error-summary-list li").Count);
        Assert.Equal("Answer whether you are in danger right now.", step.Find("#field-InDangerNow .field-message").TextContent);
        Assert.Equal("Answer whether a child is being hurt.", step.Find("#field-ChildBeingHurt .field-message").TextContent);
    }

    [Fact]
    public void A_complete_safety_check_goes_on_and_keeps_the_answers_in_the_draft()
    {
        var draft = new IntakeDraft();
        var continued = false;
        var changes = 0;
        var step = Render<SafetyStep>(p => p
            .Add(s => s.Draft, draft)
            .Add(s => s.OnContinue, () => continued = true)
            .Add(s => s.OnChanged, () => changes++));

        foreach (var field in new[] { "InDangerNow", "ThoughtsOfSelfHarm", "ChildBeingHurt" })
        {
            step.FindAll($"#field-{field} input[type=radio]")[1].Click();
        }

        step.FindAll("#field-HarmFrom input[type=radio]")[1].Click();
        step.Find("form").Submit();

        Assert.True(continued);
        Assert.Equal(4, changes);
        Assert.Equal(HarmFrom.Partner, draft.HarmFrom);
        Assert.True(draft.Screening.AnyYes);
        Assert.Empty(step.FindAll(".error-summary"));
    }

    [Fact]
    public void The_question_page_counts_characters_and_explains_a_question_that_is_too_short()
    {
        var step = Render<QuestionStep>(p => p.Add(s => s.Draft, new IntakeDraft { Title = "Help", Text = "Too short" }));

        step.Find("form").Submit();

        Assert.Contains("9 / 10000", step.Markup, StringComparison.Ordinal);
        Assert.Equal("Your question must be at least 20 characters. Tell us a little more.", step.Find(".error-summary-list a[href$='#field-Text']").TextContent);
    }

    [Fact]
    public void Asking_whether_email_is_safe_appears_only_once_an_address_is_given()
    {
        var draft = new IntakeDraft { PenName = "Worried Mom" };
        var step = Render<SigningOffStep>(p => p.Add(s => s.Draft, draft));
        Assert.Empty(step.FindAll("#field-EmailIsSafe"));

        step.Find("#field-Email").Input("mom@example.com");
        step.Find("form").Submit();

        Assert.Equal("Tell us whether it is safe for us to email you at this address.", step.Find("#field-EmailIsSafe .field-message").TextContent);
    }

    [Fact]
    public void A_pen_name_that_is_a_phone_number_is_refused_beside_the_field()
    {
        var step = Render<SigningOffStep>(p => p.Add(s => s.Draft, new IntakeDraft { PenName = "614 555 0100" }));

        step.Find("form").Submit();

        Assert.Contains("must not be a phone number", step.Find("#field-PenName").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
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
    }
}
