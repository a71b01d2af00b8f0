using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Intake;

/// <summary>Fills the intake pages as a person would, one page at a time.</summary>
internal sealed class IntakeForm(IPage page)
{
    // Each step is its own page; its heading shows that the page itself is there. The help-now page carries where to go
    // next in its address, which ToBeAtAsync allows.
    private static readonly Dictionary<string, string> Headings = new()
    {
        ["safety"] = "First, are you safe?",
        ["help-now"] = "Get help now",
        ["topic"] = "What is your question about?",
        ["question"] = "Your question",
        ["about-you"] = "About you (optional)",
        ["signing-off"] = "Signing off",
        ["check"] = "Check your answers before sending your question",
        ["sent"] = "Question sent",
    };

    public const string Question =
        "My husband refuses to come to counselling with me. We argue about money every week and I feel alone in this marriage.";

    public async Task StartAsync()
    {
        await page.GotoAsync("/ask");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start now" }).ClickAsync();
        await WaitForStepAsync("safety");
    }

    /// <summary>Every page with answers that raise no alarm, up to the check-answers page.</summary>
    public async Task ReachCheckAsync()
    {
        await StartAsync();
        await AnswerSafetyAsync();
        await ChooseTopicAsync();
        await WriteQuestionAsync();
        await AboutYouAsync();
        await SignOffAsync();
        await WaitForStepAsync("check");
    }

    public async Task AnswerSafetyAsync(bool danger = false, bool selfHarm = false, string harm = "No", bool child = false)
    {
        await Choose("InDangerNow", danger ? "Yes" : "No");
        await Choose("ThoughtsOfSelfHarm", selfHarm ? "Yes" : "No");
        await Choose("HarmFrom", harm);
        await Choose("ChildBeingHurt", child ? "Yes" : "No");
        await ContinueAsync();
    }

    public async Task ChooseTopicAsync(string topic = "Couples and marriage")
    {
        await WaitForStepAsync("topic");
        await Choose("Topic", topic);
        await ContinueAsync();
    }

    public async Task WriteQuestionAsync(string title = "He won't go to counselling", string text = Question)
    {
        await WaitForStepAsync("question");
        await TypeAsync("Title", title);
        await TypeAsync("Text", text);
        await ContinueAsync();
    }

    public async Task AboutYouAsync()
    {
        await WaitForStepAsync("about-you");
        await ContinueAsync();
    }

    public async Task SignOffAsync(string penName = "Dragging Him to Therapy", string? email = null, bool publish = false)
    {
        await WaitForStepAsync("signing-off");
        await TypeAsync("PenName", penName);
        if (publish)
        {
            await Choose("ConsentsToPublication", "Yes, without anything that could identify me");
        }

        if (email is not null)
        {
            await page.Locator("#field-Email").FillAsync(email);
            await Choose("EmailIsSafe", "Yes");
        }

        await ContinueAsync();
    }

    public async Task<(string Reference, string Passphrase)> SubmitAsync()
    {
        await WaitForStepAsync("check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();

        // Either the confirmation or the page's own explanation of why not; the latter fails the test with its words.
        var sent = page.GetByRole(AriaRole.Heading, new() { Name = Headings["sent"], Level = 1, Exact = true });
        var problem = page.Locator(".error-summary");
        await sent.Or(problem).First.WaitForAsync();
        if (await problem.IsVisibleAsync())
        {
            Assert.Fail($"The question was not sent: {await problem.InnerTextAsync()}");
        }

        await WaitForStepAsync("sent");
        var reference = await page.Locator("[data-reference]").InnerTextAsync();
        var passphrase = await page.Locator("[data-passphrase]").InnerTextAsync();
        return (reference.Trim(), passphrase.Trim());
    }

    /// <summary>Types into a field as a person would paste it.</summary>
    public Task TypeAsync(string field, string value) => page.Locator($"#field-{field}").FillAsync(value);

    public Task ContinueAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

    public async Task WaitForStepAsync(string step)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = Headings[step], Level = 1, Exact = true }).WaitForAsync();
        await page.ToBeAtAsync($"/ask/{step}");
    }

    /// <summary>Chooses an option by its label, within the question it answers.</summary>
    public async Task Choose(string field, string label)
    {
        var option = page.Locator($"[data-field={field}]").GetByLabel(label, new() { Exact = true });
        await option.CheckAsync();
        await Assertions.Expect(option).ToBeCheckedAsync();
    }
}
