using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Intake;

/// <summary>The public side as people use it on old phones, locked-down browsers and with a keyboard only.</summary>
public sealed class WithoutJavaScriptTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task With_javascript_off_a_person_in_danger_sees_help_sends_a_question_and_reads_its_status()
    {
        var page = await chromium.NewPageAsync(host.Address, 390, 844, javaScript: false);
        var form = new IntakeForm(page);

        await form.StartAsync();
        await form.AnswerSafetyAsync(harm: "Yes, a partner or ex-partner");
        await form.WaitForStepAsync("help-now");
        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='tel:18007997233']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("no-script-help-now");
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue with my question" }).ClickAsync();
        await form.ChooseTopicAsync();
        await form.WaitForStepAsync("question");
        await form.ContinueAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Enter your question.");
        await form.WriteQuestionAsync("Afraid to leave", "He says he will hurt me if I leave and he keeps a gun in the bedside drawer.");
        await form.AboutYouAsync();
        await form.WaitForStepAsync("signing-off");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "If you gave an address: is it safe for us to email you there?" })).ToBeVisibleAsync();
        await form.SignOffAsync("Walking on Eggshells", email: "safe.box@example.com");
        var (reference, passphrase) = await form.SubmitAsync();
        await page.ScreenshotAsync("no-script-sent");

        await page.GotoAsync("/status");
        await page.GetByLabel("Reference").FillAsync(reference);
        await page.GetByLabel("Passphrase").FillAsync(passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Walking on Eggshells");
    }

    [Fact]
    public async Task With_javascript_off_the_draft_survives_a_reload_and_quick_exit_wipes_it()
    {
        var page = await chromium.NewPageAsync(host.Address, javaScript: false);
        await page.Context.RouteAsync("https://neutral.example/**", route => route.FulfillAsync(new() { Body = "<title>Weather</title>Sunny", ContentType = "text/html" }));
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync("Parenting");
        await form.WaitForStepAsync("question");

        await page.ReloadAsync();
        await page.GotoAsync("/ask/topic");
        await Assertions.Expect(page.GetByLabel("Parenting")).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Exit this page" }).ClickAsync();
        await page.WaitForURLAsync("https://neutral.example/weather");
        await page.GotoAsync(new Uri(host.Address, "/ask/topic").ToString());
        await Assertions.Expect(page.Locator("main input[type=radio]:checked")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task With_javascript_on_no_public_page_opens_a_websocket_or_a_circuit()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var sockets = new List<string>();
        var hub = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/_blazor", StringComparison.Ordinal) || request.Url.Contains("blazor.web", StringComparison.Ordinal))
            {
                hub.Add(request.Url);
            }
        };
        var form = new IntakeForm(page);

        await page.GotoAsync("/");
        await form.ReachCheckAsync();
        await form.SubmitAsync();
        await page.GotoAsync("/status");
        await page.GotoAsync("/cover-your-tracks");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(sockets);
        Assert.Empty(hub);
    }

    [Fact]
    public async Task The_whole_form_can_be_completed_with_the_keyboard_alone()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var keys = page.Keyboard;
        await page.GotoAsync("/ask");

        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Start now" }));
        await keys.PressAsync("Enter");
        foreach (var question in new[] { "InDangerNow", "ThoughtsOfSelfHarm", "ChildBeingHurt" })
        {
            // Tab reaches the group's first choice ("Yes"); the arrow moves to "No" and chooses it.
            await TabToAsync(page, page.Locator($"#field-{question}"));
            await keys.PressAsync("ArrowDown");
        }

        await TabToAsync(page, page.Locator("#field-HarmFrom"));
        await keys.PressAsync("Space");
        await Assertions.Expect(page.Locator("#field-ChildBeingHurt-2")).ToBeCheckedAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await keys.PressAsync("Enter");

        await TabToAsync(page, page.Locator("#field-Topic"));
        await keys.PressAsync("Space");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await keys.PressAsync("Enter");

        await TabToAsync(page, page.Locator("#field-Title"));
        await keys.TypeAsync("Keyboard only");
        await keys.PressAsync("Tab");
        await keys.TypeAsync("I use a keyboard and a screen reader, and I want to ask about my marriage.");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await keys.PressAsync("Enter");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await keys.PressAsync("Enter");

        await TabToAsync(page, page.Locator("#field-PenName"));
        await keys.TypeAsync("Keys Not Mice");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await keys.PressAsync("Enter");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Send question" }));
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Question sent");
        await Assertions.Expect(page.Locator("[data-reference]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$"));
    }

    /// <summary>Presses Tab until the element has focus, as a keyboard user moves through a page.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        await target.WaitForAsync();
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Sixty presses of Tab did not reach {target}.");
    }
}
