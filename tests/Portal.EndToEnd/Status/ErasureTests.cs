using AdviceIntake.Portal.EndToEnd.Intake;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Status;

/// <summary>A person deletes their question from the status page, as they would on a phone.</summary>
public sealed class ErasureTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task The_writer_deletes_their_question_from_the_status_page_and_a_later_look_up_says_so()
    {
        var page = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(page);
        await form.ReachCheckAsync();
        var (reference, passphrase) = await form.SubmitAsync();

        await LookUpAsync(page, reference, passphrase);
        await page.Locator("[data-erase] summary").ClickAsync();
        await page.ScreenshotAsync("status-erase");
        await page.Locator("[data-erase-now]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-erased]")).ToContainTextAsync("We keep only counts that name nobody");

        await LookUpAsync(page, reference, passphrase);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your question was deleted" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-erased]")).ToContainTextAsync("deleted on");
    }

    private static async Task LookUpAsync(IPage page, string reference, string passphrase)
    {
        await page.GotoAsync("/status");
        await page.GetByLabel("Reference").FillAsync(reference);
        await page.GetByLabel("Passphrase").FillAsync(passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
    }
}
