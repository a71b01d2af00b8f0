using System.Globalization;
using AdviceIntake.Portal.EndToEnd.Intake;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Publishing;

/// <summary>
/// From a consented answer to an article readers comment on, and back down when the writer withdraws, on the published
/// portal as a deployment runs it (Development, for the demo accounts of README.md).
/// </summary>
public sealed class AdviceColumnJourneyTests(Chromium chromium) : IAsyncLifetime
{
    private const string Counselor = "counselor@adviceintake.test";
    private const string Supervisor = "supervisor@adviceintake.test";
    private const string Written = "My husband Mark refuses to come to counselling with me. We live on Maple Street in Dayton and we argue about "
        + "money every week. I feel alone in this marriage.";

    private const string Edited = "My husband refuses to come to counselling with me. We argue about money every week. I feel alone in this marriage.";

    // The budget for an article's first load, HTML and everything it pulls in.
    private const int FirstLoadBudget = 150 * 1024;

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("advice-column-");
    private PortalProcess portal = default!;

    public async ValueTask InitializeAsync() =>
        portal = await PortalProcess.StartAsync(work.FullName, new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Transport:RequireHttps"] = "false",
            ["Staff:RequireSecondFactor"] = "false",
        }, published: true);

    public async ValueTask DisposeAsync()
    {
        await chromium.CloseContextsAsync();
        portal.Dispose();
        work.Delete(recursive: true);
    }

    [Fact]
    public async Task Publish_read_comment_moderate_and_withdraw()
    {
        var person = await chromium.NewPageAsync(portal.Address, 390, 844);
        var form = new IntakeForm(person);
        await form.StartAsync();
        await form.AnswerSafetyAsync();
        await form.ChooseTopicAsync();
        await form.WriteQuestionAsync("He won't go to counselling", Written);
        await form.AboutYouAsync();
        await form.SignOffAsync("Alone in Ohio", publish: true);
        var (reference, passphrase) = await form.SubmitAsync();

        var counselor = await chromium.NewPageAsync(portal.Address);
        await counselor.OpenQueueAsync(Counselor, "demo silver notebook");
        await counselor.Locator("[data-take-next]").ClickAsync();
        await counselor.ToBeAtAsync("/staff/questions/[0-9a-f-]{36}");
        var caseUrl = counselor.Url;
        await counselor.Locator("[data-start-answer]").ClickAsync();
        await counselor.Locator("#field-Body").FillAsync("You can go to counselling on your own, and it often helps.\n\n- Choose a calm moment to say why it matters to you\n- Ask what worries him about it");
        await Assertions.Expect(counselor.Locator("[data-save-state]")).ToContainTextAsync("Saved at");
        await counselor.Locator("[data-submit-answer]").ClickAsync();
        await Assertions.Expect(counselor.Locator("[data-answer-state]")).ToHaveTextAsync("With a supervisor");

        var supervisor = await chromium.NewPageAsync(portal.Address);
        await supervisor.OpenQueueAsync(Supervisor, "demo amber compass");
        await supervisor.GotoAsync(caseUrl);
        await supervisor.WaitForInteractiveAsync();
        await supervisor.Locator("[data-approve-answer]").ClickAsync();
        await supervisor.Locator("[data-release-answer]").ClickAsync();
        await Assertions.Expect(supervisor.Locator("[data-answer-state]")).ToHaveTextAsync("Released");
        await supervisor.Locator("[data-prepare-article]").ClickAsync();
        await supervisor.ToBeAtAsync("/staff/articles/[0-9a-f-]{36}");
        await supervisor.WaitForInteractiveAsync();

        var marks = supervisor.Locator("#field-Question ~ [data-scan-marks] [data-mark]");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        var marked = await marks.AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Contains("Mark", StringComparison.Ordinal));
        Assert.Contains(marked, m => m.Contains("Maple Street", StringComparison.Ordinal) || m.Contains("Dayton", StringComparison.Ordinal));
        await supervisor.ScreenshotAsync("publishing-article-editor");
        await supervisor.AssertAccessibleAsync();
        await supervisor.Locator("#field-Question").FillAsync(Edited);
        await supervisor.Locator("#field-PenName").FillAsync("Alone in This");

        // Leaving with the edit not saved asks first; staying keeps it.
        var asked = new TaskCompletionSource<string>();
        async void Stay(object? sender, IDialog dialog)
        {
            asked.TrySetResult(dialog.Message);
            await dialog.DismissAsync();
        }

        supervisor.Dialog += Stay;
        await supervisor.Locator(".back-link").ClickAsync();
        Assert.Contains("not saved", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        supervisor.Dialog -= Stay;
        await supervisor.ToBeAtAsync("/staff/articles/[0-9a-f-]{36}");
        await Assertions.Expect(supervisor.Locator("#field-Question")).ToHaveValueAsync(Edited);
        await supervisor.Locator("[data-save-article]").ClickAsync();
        await Assertions.Expect(supervisor.Locator("[data-scan-summary='0']")).ToBeVisibleAsync();
        await supervisor.Locator("[data-publish-article]").ClickAsync();
        await Assertions.Expect(supervisor.Locator(".error-summary")).ToContainTextAsync("Confirm that you have read the article as a stranger would");
        await supervisor.ScreenshotAsync("publishing-article-confirm");
        await supervisor.Locator("[data-confirm-anonymous]").CheckAsync();
        await supervisor.Locator("[data-publish-article]").ClickAsync();
        await Assertions.Expect(supervisor.Locator("[data-article-state='Published']")).ToBeVisibleAsync();
        var articlePath = (await supervisor.Locator("[data-public-link]").GetAttributeAsync("href"))!;

        // A reader who has never been here: every byte the article's first load brings.
        var reader = await chromium.NewPageAsync(portal.Address);
        long bytes = 0;
        var responses = new List<Task>();
        reader.Response += (_, response) => responses.Add(Task.Run(async () => Interlocked.Add(ref bytes, (await response.BodyAsync()).Length)));
        await reader.GotoAsync(articlePath, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Task.WhenAll(responses);
        Assert.True(bytes <= FirstLoadBudget, $"The article's first load is {bytes:N0} bytes");
        File.AppendAllText(Path.Combine(Chromium.ScreenshotDirectory, "..", "publishing-figures.txt"),
            string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:u} article first load, published build: {bytes:N0} bytes{Environment.NewLine}"));

        await Assertions.Expect(reader.Locator("[data-article-question]")).ToContainTextAsync(Edited);
        await Assertions.Expect(reader.Locator("[data-article-answer]")).ToContainTextAsync("Dear Alone in This,");
        await Assertions.Expect(reader.Locator("[data-article-signature]")).ToContainTextAsync(",");
        await Assertions.Expect(reader.Locator("main")).Not.ToContainTextAsync("Dayton");
        await reader.ScreenshotAsync("publishing-article");
        await reader.AssertAccessibleAsync();

        await reader.GotoAsync("/advice");
        await Assertions.Expect(reader.Locator($"a[href='{articlePath}']")).ToBeVisibleAsync();
        await reader.ScreenshotAsync("publishing-index");
        await reader.AssertAccessibleAsync();

        var phone = await chromium.NewPageAsync(portal.Address, 390, 844);
        await phone.GotoAsync("/advice");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("publishing-index-phone");
        await phone.GotoAsync(articlePath);
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("publishing-article-phone");
        await phone.Locator("[data-post-comment]").ClickAsync();
        await Assertions.Expect(phone.Locator(".error-summary")).ToContainTextAsync("Enter your name");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("publishing-comment-errors-phone");

        // The moderation page is open before the comment comes: it arrives there live.
        await counselor.GotoAsync("/staff/comments");
        await counselor.WaitForInteractiveAsync();
        await Assertions.Expect(counselor.Locator("[data-no-comments]")).ToBeVisibleAsync();

        await reader.GotoAsync(articlePath);
        await reader.GetByLabel("Name (required)").FillAsync("Still Hopeful");
        await reader.GetByLabel("Email (required, never shown)").FillAsync("hopeful@example.com");
        await reader.GetByLabel("Comment (required)").FillAsync("Going alone helped us more than I expected. <b>Thank you</b>.");
        await reader.GetByLabel("I accept the comment terms (required)").CheckAsync();
        await reader.Locator("[data-post-comment]").ClickAsync();
        await Assertions.Expect(reader.Locator("[data-comment-held]")).ToContainTextAsync("Your comment is awaiting moderation.");
        await Assertions.Expect(reader.Locator("[data-comment-held]")).ToBeInViewportAsync();
        await reader.ScreenshotAsync("publishing-comment-held");

        await Assertions.Expect(counselor.Locator("[data-moderation-comment='Still Hopeful']")).ToContainTextAsync("<b>Thank you</b>");
        await counselor.ScreenshotAsync("publishing-moderation");
        await counselor.AssertAccessibleAsync();
        await counselor.Locator("[data-moderation-comment='Still Hopeful'] [data-approve]").ClickAsync();
        await Assertions.Expect(counselor.Locator("[data-no-comments]")).ToBeVisibleAsync();
        await Assertions.Expect(counselor.Locator("[data-shown-comment='Still Hopeful']")).ToBeVisibleAsync();
        await counselor.ScreenshotAsync("publishing-moderation-shown");

        var phoneStaff = await chromium.NewPageAsync(portal.Address, 390, 844);
        await phoneStaff.OpenQueueAsync(Supervisor, "demo amber compass");
        await phoneStaff.GotoAsync("/staff/articles");
        await phoneStaff.WaitForInteractiveAsync();
        await Assertions.Expect(phoneStaff.Locator(".staff-nav a[href='/staff/background']")).ToBeInViewportAsync();
        await phoneStaff.ScreenshotAsync("publishing-articles-phone");
        await phoneStaff.AssertAccessibleAsync();

        await reader.GotoAsync(articlePath);
        var comment = reader.Locator("[data-comment]");
        await Assertions.Expect(comment).ToContainTextAsync("Still Hopeful");
        await Assertions.Expect(comment).ToContainTextAsync("<b>Thank you</b>.");
        await Assertions.Expect(reader.Locator("main")).Not.ToContainTextAsync("hopeful@example.com");

        await person.GotoAsync("/status");
        await person.GetByLabel("Reference").FillAsync(reference);
        await person.GetByLabel("Passphrase").FillAsync(passphrase);
        await person.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(person.Locator($"[data-published-notice] a[href='{articlePath}']")).ToBeVisibleAsync();
        await person.ScreenshotAsync("publishing-status-published");
        await person.Locator("[data-withdraw-now]").ClickAsync();
        await Assertions.Expect(person.Locator("[data-consent-withdrawn]")).ToBeVisibleAsync();
        await person.ScreenshotAsync("publishing-consent-withdrawn");

        var gone = await reader.GotoAsync(articlePath);
        Assert.Equal(404, gone!.Status);
        await reader.GotoAsync("/advice");
        await Assertions.Expect(reader.Locator($"a[href='{articlePath}']")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.Locator("[data-no-articles]")).ToBeVisibleAsync();
    }
}
