using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Jobs;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Staff;

/// <summary>The Hangfire dashboard as an admin uses it: its own scripts run under the portal's content security policy.</summary>
public sealed class JobsDashboardTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task An_admin_sees_the_recurring_jobs_with_no_script_refused()
    {
        await host.CreateStaffAsync("admin@clinic.example", "jobs desk passphrase", StaffRoles.Admin);
        var page = await chromium.NewPageAsync(host.Address);
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            // Hangfire's own script also complains about cookies on an IP address; only a policy refusal matters here.
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        await page.SignInAsync("admin@clinic.example", "jobs desk passphrase");
        await page.ToBeAtAsync("/staff");

        await page.GotoAsync(JobsServiceCollectionExtensions.DashboardPath + "/recurring");

        await Assertions.Expect(page.GetByText("dispatch-due-follow-ups")).ToBeVisibleAsync();

        // Relative times ("… ago") are written by the dashboard's scripts: they ran.
        await Assertions.Expect(page.GetByText(new System.Text.RegularExpressions.Regex(" ago$")).First).ToBeVisibleAsync();
        await page.ScreenshotAsync("jobs-dashboard");
        Assert.Empty(refused);
    }
}
