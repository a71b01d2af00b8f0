using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Intake;

/// <summary>
/// People in danger who answer "No" to every safety question and then say it in their own words reach the help for
/// that danger as soon as they continue from the question; a figure of speech does not send anyone there.
/// </summary>
public sealed class DangerInEverydayWordsTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task An_overdose_told_without_the_word_shows_911_first_then_poison_control()
    {
        var page = await WriteAsync("My mum isn't making sense",
            "My mum swallowed most of a bottle of her sleeping tablets about an hour ago and now she's really drowsy and slurring her words.");

        await Assertions.Expect(page.Locator("[data-call-now] a[href='tel:911']")).ToBeVisibleAsync();
        var lines = page.Locator("[data-crisis-lines] a[href^='tel:']");
        await Assertions.Expect(lines.Nth(0)).ToHaveAttributeAsync("href", "tel:911");
        await Assertions.Expect(lines.Nth(1)).ToHaveAttributeAsync("href", "tel:18002221222");
        await page.ScreenshotAsync("help-now-ingestion");
    }

    [Fact]
    public async Task Pills_put_aside_and_a_wish_not_to_wake_show_988_with_chat_and_no_emergency_banner()
    {
        var page = await WriteAsync("Tired of all of it",
            "I've been putting aside my sleeping pills for weeks. Honestly everyone would be better off if I just didn't wake up.");

        await Assertions.Expect(page.Locator("[data-crisis-lines] a").First).ToHaveAttributeAsync("href", "tel:988");
        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='https://988lifeline.org/chat']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-call-now]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("help-now-suicide");
    }

    [Fact]
    public async Task A_gun_kept_as_a_reminder_shows_the_domestic_violence_hotline_first_with_its_caution()
    {
        var page = await WriteAsync("Is this normal?",
            "He keeps his pistol on the nightstand and says it's a reminder of what happens if I ever leave him.");

        await Assertions.Expect(page.Locator("[data-crisis-lines] a").First).ToHaveAttributeAsync("href", "tel:18007997233");
        await Assertions.Expect(page.Locator("[data-crisis-lines] a[href='https://www.thehotline.org/']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("asking them to come to counselling with you can put you in more danger")).ToBeVisibleAsync();
        await page.ScreenshotAsync("help-now-partner-violence");
    }

    [Fact]
    public async Task A_figure_of_speech_goes_straight_on_to_the_next_question()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync("Work and school");

        await form.WriteQuestionAsync("Quit or stay?", "My new job is killing me and I'm dying to quit, but the money is good. How do I decide?");

        await form.WaitForStepAsync("about-you");
        await Assertions.Expect(page.Locator("[data-crisis-lines]")).ToHaveCountAsync(0);
    }

    private async Task<IPage> WriteAsync(string title, string text)
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WriteQuestionAsync(title, text);
        await form.WaitForStepAsync("help-now");
        return page;
    }
}
