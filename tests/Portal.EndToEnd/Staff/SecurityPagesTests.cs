using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Staff;

/// <summary>A portal that calls two questions in ten minutes a flood, so the supervisors' warning can be seen.</summary>
public sealed class SpikePortal() : PortalHost(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Triage:SpikeThreshold"] = "2" });

/// <summary>The pages that protect people's questions, as a person meets them.</summary>
public sealed class SecurityPagesTests(SpikePortal host, Chromium chromium) : IClassFixture<SpikePortal>, IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task A_supervisor_sees_a_flood_of_questions_and_is_asked_for_the_password_before_changing_a_factor()
    {
        await host.CreateStaffAsync("morgan@clinic.example", Password, "Morgan Ellis", [StaffRoles.Supervisor, StaffRoles.Counselor]);
        await host.AddQuestionAsync("My sister and I have not spoken since the funeral.", DateTimeOffset.UtcNow);
        await host.AddQuestionAsync("My brother borrows money and never pays it back.", DateTimeOffset.UtcNow);
        var page = await chromium.NewPageAsync(host.Address);
        await page.SignInAsync("morgan@clinic.example", Password);
        await page.ToBeAtAsync("/staff");

        await Assertions.Expect(page.Locator("[data-arrival-spike]")).ToContainTextAsync("2 questions arrived in the last 10 minutes");
        await page.ScreenshotAsync("staff-queue-flood");

        await page.GotoAsync("/Account/Reauthenticate?returnUrl=%2FAccount%2FManage%2FPasskeys");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm it is you" })).ToBeVisibleAsync();
        await page.Locator("#Input\\.Password").FillAsync("not my password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(page.GetByText("That is not your password. Try again.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("account-reauthenticate-wrong");
        await page.Locator("#Input\\.Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Manage/Passkeys");
    }

    [Fact]
    public async Task A_form_the_server_cannot_read_comes_back_saying_so()
    {
        var page = await chromium.NewPageAsync(host.Address);
        await page.GotoAsync("/status");

        // As a page left open for days would post: its form token no longer matches.
        await page.EvaluateAsync("document.querySelector('input[name=__RequestVerificationToken]').value = 'stale'");
        await page.GetByLabel("Reference").FillAsync("K7QF-M2XD-9R");
        await page.GetByLabel("Passphrase").FillAsync("maple river candle otter spruce");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-unreadable-form]")).ToContainTextAsync("Please send the form again");
        await page.ScreenshotAsync("status-unreadable-form");
    }
}
