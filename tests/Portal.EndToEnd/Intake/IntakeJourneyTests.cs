using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        // Back from the confirmation does not reopen the form: the question went.
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your question was sent");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send question" })).ToHaveCountAsync(0);

        await page.GotoAsync("/status");
        await page.GetByLabel("Reference").FillAsync(reference);
        await page.GetByLabel("Passphrase").FillAsync("wrong words entirely here now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary-list")).ToHaveTextAsync(
            "We could not find a question with that reference and passphrase. Check them and try again.");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
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

        // The help comes before the notes on keeping the reference, so a phone shows it on the first screen.
        await page.SetViewportSizeAsync(390, 844);
        var help = await page.GetByRole(AriaRole.Heading, new() { Name = "Please get help now" }).BoundingBoxAsync();
        var keeping = await page.GetByText("Write these down or save them somewhere only you can reach.").BoundingBoxAsync();
        Assert.True(help!.Y < keeping!.Y && help.Y + help.Height < 844, $"help at {help.Y}, notes on keeping the reference at {keeping.Y}");
        await page.ScreenshotAsync("sent-partner-violence-phone");
    }

    [Fact]
    public async Task A_reload_at_every_step_keeps_every_answer_even_words_not_yet_sent_with_continue()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync("Parenting");
        await form.WaitForStepAsync("question");

        // Typed but not sent with Continue: the page keeps it as people type.
        var saved = page.WaitForResponseAsync(r => r.Url.EndsWith("/ask/question/draft", StringComparison.Ordinal) && r.Status == 204);
        await page.Locator("#field-Title").PressSequentiallyAsync("Teenager stopped talking");
        await form.TypeAsync("Text", IntakeForm.Question);
        await saved;
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#field-Title")).ToHaveValueAsync("Teenager stopped talking");
        await Assertions.Expect(page.Locator("#field-Text")).ToHaveValueAsync(IntakeForm.Question);
        await form.ContinueAsync();

        await form.WaitForStepAsync("about-you");
        var stateSaved = page.WaitForResponseAsync(r => r.Url.EndsWith("/ask/about-you/draft", StringComparison.Ordinal) && r.Status == 204);
        await page.GetByLabel("Where you live").SelectOptionAsync(new SelectOptionValue { Label = "Ohio" });
        await stateSaved;
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Where you live")).ToHaveValueAsync("OH");
        await form.ContinueAsync();
        await form.WaitForStepAsync("signing-off");
        var penNameSaved = page.WaitForResponseAsync(r => r.Url.EndsWith("/ask/signing-off/draft", StringComparison.Ordinal) && r.Status == 204);
        await form.TypeAsync("PenName", "Shut Out");
        await penNameSaved;
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#field-PenName")).ToHaveValueAsync("Shut Out");
        await form.ContinueAsync();
        await form.WaitForStepAsync("check");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".check-row", new() { HasText = "Pen name" })).ToContainTextAsync("Shut Out");

        // Every page of the form, reached again and reloaded, still shows what was answered there.
        foreach (var (step, answered) in new[] { ("signing-off", 1), ("topic", 1), ("safety", 4) })
        {
            await page.GotoAsync($"/ask/{step}");
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("main input[type=radio]:checked")).ToHaveCountAsync(answered);
        }

        await Assertions.Expect(page.Locator("#field-HarmFrom")).ToBeCheckedAsync();
        await page.GotoAsync("/ask/about-you");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Where you live")).ToHaveValueAsync("OH");
        await page.GotoAsync("/ask/question");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#field-Title")).ToHaveValueAsync("Teenager stopped talking");
    }

    [Fact]
    public async Task The_draft_survives_the_portal_being_killed_and_started_again_mid_form()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-draft-restart-").FullName;
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Transport:RequireHttps"] = "false",
                ["Public:QuickExitUrl"] = "https://neutral.example/weather",
            };
            IPage page;
            using (var first = await PortalProcess.StartAsync(directory, settings))
            {
                page = await chromium.NewPageAsync(first.Address);
                var form = new IntakeForm(page);
                await form.StartAsync();
                await form.AnswerSafetyAsync();
                await form.ChooseTopicAsync("Grief and loss");
                await form.WriteQuestionAsync("Since Dad died", "Since my father died in March I cannot sleep and I snap at my children every day.");
                await form.WaitForStepAsync("about-you");
                first.Kill();
            }

            // The browser keeps its cookie (cookies do not depend on the port); the new process has the same data folder.
            using var second = await PortalProcess.StartAsync(directory, settings);
            await page.GotoAsync(new Uri(second.Address, "/ask/question").ToString());
            await Assertions.Expect(page.Locator("#field-Title")).ToHaveValueAsync("Since Dad died");
            await Assertions.Expect(page.Locator("#field-Text")).ToContainTextAsync("I snap at my children");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
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
        Assert.Equal(1, await DraftsAsync());

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
        Assert.Equal(0, await DraftsAsync());
        await page.GotoAsync($"{host.Address}ask/topic");
        await Assertions.Expect(page.Locator("main input[type=radio]:checked")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Empty_required_answers_are_explained_beside_the_field_and_in_a_focused_summary_that_links_to_it()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WaitForStepAsync("question");
        await form.TypeAsync("Title", "   ");
        await form.TypeAsync("Text", "too short");

        await form.ContinueAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter a short title for your question.");
        await Assertions.Expect(summary).ToContainTextAsync("Your question must be at least 20 characters.");
        await Assertions.Expect(page.Locator("#field-Text-error")).ToContainTextAsync("at least 20 characters");
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("intake-question-errors");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter a short title for your question." }).ClickAsync();
        await Assertions.Expect(page.Locator("#field-Title")).ToBeFocusedAsync();
        Assert.EndsWith("/ask/question#field-Title", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_of_12000_characters_is_never_cut_the_count_says_how_many_too_many_and_it_is_kept_whole_after_the_error()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WaitForStepAsync("question");
        var text = string.Concat(Enumerable.Repeat("We argue every night about money and I do not know how to stop it. ", 200))[..12_000];

        await form.TypeAsync("Title", "Too long on purpose");
        await form.TypeAsync("Text", text);
        await Assertions.Expect(page.Locator("[data-count-for=field-Text]")).ToHaveTextAsync("You have 2,000 characters too many");
        await Assertions.Expect(page.Locator("main [maxlength]")).ToHaveCountAsync(0);
        await form.ContinueAsync();

        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("You have 2,000 characters too many.");
        Assert.Equal(12_000, await page.Locator("#field-Text").EvaluateAsync<int>("e => e.value.length"));
        Assert.Equal(text, await page.Locator("#field-Text").InputValueAsync());
    }

    [Fact]
    public async Task Focus_lands_on_each_new_page_heading_and_the_first_tab_on_a_fresh_page_reaches_exit_this_page()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await page.GotoAsync("/ask");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exit this page" })).ToBeFocusedAsync();

        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.WaitForStepAsync("topic");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
        await form.ChooseTopicAsync();
        await form.WaitForStepAsync("question");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();

        await page.ReloadAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exit this page" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_focused_radio_shows_a_ring_a_person_can_see()
    {
        var page = await chromium.NewPageAsync(host.Address);
        await page.GotoAsync("/ask/safety");
        var group = page.Locator("[data-field=InDangerNow] .radios");
        var before = await group.ScreenshotAsync();

        await page.Locator("#field-InDangerNow").FocusAsync();
        var after = await group.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotDirectory, "intake-radio-focus.png") });

        Assert.NotEqual(Convert.ToHexString(before), Convert.ToHexString(after));
        var ring = await page.Locator("#field-InDangerNow + label").EvaluateAsync<string>("l => getComputedStyle(l, '::before').boxShadow");
        Assert.Contains("rgb(255, 191, 71)", ring, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_twice_from_two_tabs_sends_one_question()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.ReachCheckAsync();
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync("/ask/check");

        await form.SubmitAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();

        // The same person in a second tab is shown the reference, not asked to send again.
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Question sent");
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await db.Questions.CountAsync(TestContext.Current.CancellationToken));
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
        await form.TypeAsync("PenName", "Worried Mom");
        await form.ContinueAsync();

        await form.WaitForStepAsync("check");
        await Assertions.Expect(page.Locator(".check-list").GetByText("<script>alert('x')</script>")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".check-list b")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Every_public_page_has_no_serious_accessibility_problems_and_looks_right_on_a_phone_and_a_desktop()
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

            await page.GotoAsync("/");
            await Check("home");
            await page.GotoAsync("/cover-your-tracks");
            await Check("cover-your-tracks");
            await page.GotoAsync("/no-such-page");
            await Check("not-found");
            await page.GotoAsync("/status/stop/not-a-link");
            await Check("stop-contact-link-broken");
            await page.GotoAsync("/ask");
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
            await form.TypeAsync("Title", "Is it my fault?");
            await form.TypeAsync("Text", IntakeForm.Question);
            await form.ContinueAsync();
            await form.WaitForStepAsync("about-you");
            await Check("about-you");
            await form.ContinueAsync();
            await form.WaitForStepAsync("signing-off");
            await Check("signing-off");
            await form.TypeAsync("PenName", "Tired of Arguing");
            await form.ContinueAsync();
            await form.WaitForStepAsync("check");
            await page.GotoAsync("/ask/signing-off");
            await form.TypeAsync("Email", "tired@example.com");
            await form.ContinueAsync();
            await Check("signing-off-errors");
            await form.Choose("EmailIsSafe", "No");
            await form.ContinueAsync();
            await form.WaitForStepAsync("check");
            await Check("check");
            await form.SubmitAsync();
            await Check("sent");
            await page.GotoAsync("/status");
            await Check("status");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Check("status-errors");

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    private async Task<int> DraftsAsync()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.SavedDrafts.CountAsync(TestContext.Current.CancellationToken);
    }
}
