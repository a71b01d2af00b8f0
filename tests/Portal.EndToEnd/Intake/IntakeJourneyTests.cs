using AdviceIntake.Portal.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Intake;

public sealed class IntakeJourneyTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task A_person_sends_a_question_gets_a_code_and_reads_the_status_with_it_but_not_with_a_wrong_passphrase()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);

        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WriteQuestionAsync();
        await form.AboutYouAsync();
        await form.SignOffAsync(email: "reader@example.com");
        await Assertions.Expect(page.Locator(".check-row", new() { HasText = "Pen name" })).ToContainTextAsync("Dragging Him to Therapy");
        var (reference, passphrase) = await form.SubmitAsync();

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$", reference);
        Assert.Equal(5, passphrase.Split(' ').Length);
        await page.WaitForFunctionAsync("() => sessionStorage.length === 0");

        await page.GotoAsync("/status");
        await page.GetByLabel("Reference").FillAsync(reference);
        await page.GetByLabel("Passphrase").FillAsync("wrong words entirely here now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-lookup-message]")).ToHaveTextAsync(
            "We could not find a question with that reference and passphrase. Check them and try again.");
        Assert.DoesNotContain(reference, page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Reference").FillAsync(reference.ToLowerInvariant());
        await page.GetByLabel("Passphrase").FillAsync(passphrase.ToUpperInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Dragging Him to Therapy");
        await Assertions.Expect(page.Locator("[data-status]")).ToContainTextAsync("Received");
    }

    [Fact]
    public async Task A_yes_on_the_safety_check_shows_988_by_phone_text_and_chat_at_once_and_lets_the_person_go_on()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();

        await form.AnswerSafetyAsync(selfHarm: true);

        await form.WaitForStepAsync("help-now");
        await Assertions.Expect(page.Locator("[data-crisis-lines] a").First).ToHaveAttributeAsync("href", "tel:988");
        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='sms:988']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='https://988lifeline.org/chat']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='tel:18007997233']")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue with my question" }).ClickAsync();
        await form.ChooseTopicAsync("Depression");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ask/question$"));
    }

    [Fact]
    public async Task A_question_about_a_partners_violence_ends_with_the_domestic_violence_hotline()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();

        await form.WriteQuestionAsync("Should we try couples therapy?", "When my husband drinks he hits me and then says sorry. Should I ask him to come to couples counselling?");
        await form.WaitForStepAsync("help-now");
        await Assertions.Expect(page.GetByText("asking them to come to counselling with you can put you in more danger")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue with my question" }).ClickAsync();
        await form.AboutYouAsync();
        await form.SignOffAsync("Walking on Eggshells");
        await form.SubmitAsync();

        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='tel:18007997233']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='sms:88788?body=START']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("asking them to come to counselling with you can put you in more danger")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_reload_in_the_middle_of_the_form_keeps_every_answer()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync("Parenting");
        await form.WaitForStepAsync("question");
        await form.TypeAsync("Title", "Teenager stopped talking to us", 120);
        await form.TypeAsync("Text", IntakeForm.Question, 10000);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("#field-Title")).ToHaveValueAsync("Teenager stopped talking to us");
        await Assertions.Expect(page.Locator("#field-Text")).ToHaveValueAsync(IntakeForm.Question);
        await page.GotoAsync("/ask/topic");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#field-Topic input[type=radio]:checked")).ToHaveCountAsync(1);
        await page.GotoAsync("/ask/safety");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("fieldset input[type=radio]:checked")).ToHaveCountAsync(4);
    }

    [Theory]
    [InlineData("button")]
    [InlineData("shift")]
    public async Task Quick_exit_leaves_for_the_neutral_site_and_the_draft_is_gone(string how)
    {
        var page = await chromium.NewPageAsync(host.Address);
        await page.Context.RouteAsync("https://neutral.example/**", route => route.FulfillAsync(new() { Body = "<title>Weather</title>Sunny", ContentType = "text/html" }));
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WaitForStepAsync("question");
        Assert.True(await page.EvaluateAsync<int>("() => sessionStorage.length") > 0);

        if (how == "button")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Exit this page" }).ClickAsync();
        }
        else
        {
            // The keys go to the page as a reader's would: with the focus in the page's main content.
            var main = page.Locator("main");
            await main.PressAsync("Shift");
            await main.PressAsync("Shift");
            await main.PressAsync("Shift");
        }

        await page.WaitForURLAsync("https://neutral.example/weather");
        await page.GotoAsync($"{host.Address}ask/topic");
        await page.WaitForInteractiveAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => sessionStorage.length"));
        await Assertions.Expect(page.Locator("#field-Topic input[type=radio]:checked")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Empty_required_answers_are_explained_beside_the_field_and_in_a_summary_that_links_to_it()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WaitForStepAsync("question");
        await form.TypeAsync("Title", "   ", 120);
        await form.TypeAsync("Text", "too short", 10000);

        await form.ContinueAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter a short title for your question.");
        await Assertions.Expect(summary).ToContainTextAsync("Your question must be at least 20 characters.");
        await Assertions.Expect(page.Locator(".mud-input-control", new() { Has = page.Locator("#field-Text") })).ToContainTextAsync("at least 20 characters");
        await page.ScreenshotAsync("intake-question-errors");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter a short title for your question." }).ClickAsync();
        await Assertions.Expect(page.Locator("#field-Title")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_pen_name_that_is_an_email_address_is_refused_and_markup_is_shown_as_text()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WriteQuestionAsync("<script>alert('x')</script>", "<b>bold</b> is what my son typed into the family laptop and I worry.");
        await form.AboutYouAsync();

        await form.SignOffAsync("jane@example.com");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("must not be an email address");
        await form.TypeAsync("PenName", "Worried Mom", 60);
        await form.ContinueAsync();

        await form.WaitForStepAsync("check");
        await Assertions.Expect(page.Locator(".check-list").GetByText("<script>alert('x')</script>")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".check-list b")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Every_intake_page_has_no_serious_accessibility_problems_and_looks_right_on_a_phone_and_a_desktop()
    {
        foreach (var (width, height, device) in new[] { (390, 844, "phone"), (1280, 900, "desktop") })
        {
            var page = await chromium.NewPageAsync(host.Address, width, height);
            var form = new IntakeForm(page);
            var problems = new List<string>();

            async Task Check(string name)
            {
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var result = await page.RunAxe();
                problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{name}: {v.Id} {v.Help} {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
                await page.ScreenshotAsync($"intake-{name}-{device}");
            }

            await page.GotoAsync("/ask");
            await page.WaitForInteractiveAsync();
            await Check("start");
            await form.StartAsync();
            await Check("safety");
            await form.AnswerSafetyAsync(harm: "Yes, a partner or ex-partner");
            await form.WaitForStepAsync("help-now");
            await Check("help-now");
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue with my question" }).ClickAsync();
            await form.WaitForStepAsync("topic");
            await Check("topic");
            await form.Choose("Topic", "Couples and marriage");
            await form.ContinueAsync();
            await form.WaitForStepAsync("question");
            await Check("question");
            await form.TypeAsync("Title", "Is it my fault?", 120);
            await form.TypeAsync("Text", IntakeForm.Question, 10000);
            await form.ContinueAsync();
            await form.WaitForStepAsync("about-you");
            await Check("about-you");
            await form.ContinueAsync();
            await form.WaitForStepAsync("signing-off");
            await Check("signing-off");
            await form.SignOffAsync("Tired of Arguing");
            await form.WaitForStepAsync("check");
            await Check("check");
            await form.SubmitAsync();
            await Check("sent");
            await page.GotoAsync("/status");
            await Check("status");

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
