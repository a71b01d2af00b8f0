using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Staff;

/// <summary>A portal whose staff sessions end after 25 seconds without activity, warning 10 seconds before.</summary>
public sealed class ShortSessionPortal() : PortalHost(DatabaseProvider.Sqlite, new Dictionary<string, string?>
{
    ["Staff:IdleTimeout"] = "00:00:25",
    ["Staff:SessionWarning"] = "00:00:10",
});

public sealed class SessionWarningTests(ShortSessionPortal host, Chromium chromium) : IClassFixture<ShortSessionPortal>, IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync()
    {
        await host.ResetAsync();
        await host.CreateStaffAsync("dana@clinic.example", Password, StaffRoles.Counselor);
    }

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task An_idle_queue_warns_lets_the_counselor_stay_and_then_signs_out_by_itself()
    {
        await host.AddQuestionAsync("My sister and I have not spoken since the funeral.", DateTimeOffset.UtcNow);
        var page = await chromium.NewPageAsync(host.Address);
        await page.SignInAsync("dana@clinic.example", Password);
        await page.ToBeAtAsync("/staff");
        await page.WaitForInteractiveAsync();

        // Nobody touches the page: the queue keeps itself up to date, which is not activity.
        var warning = page.Locator("[data-session-warning]");
        await Assertions.Expect(warning).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(warning).ToContainTextAsync("You will be signed out in");
        await page.ScreenshotAsync("staff-session-warning");
        await AssertAccessibleAsync(page);
        await warning.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await Assertions.Expect(warning).ToHaveCountAsync(0);

        await page.WaitForURLAsync("**/Account/Login?*ended=1", new() { Timeout = 40_000 });
        await Assertions.Expect(page.Locator("[data-session-ended]")).ToContainTextAsync("You were signed out because your session ended");
        await page.ScreenshotAsync("staff-session-ended");
        await page.GotoAsync("/staff");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var role = await page.Locator("[data-session-warning]").GetAttributeAsync("role");
        Assert.Equal("alertdialog", role);
        Assert.True(await page.GetByRole(AriaRole.Alertdialog, new() { Name = "You will be signed out in" }).IsVisibleAsync());
    }
}
