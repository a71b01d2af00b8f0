using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Home;

public sealed class PublicPagesTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Theory]
    [InlineData(390, 844, "phone")]
    [InlineData(1280, 900, "desktop")]
    public async Task The_home_page_says_it_is_not_an_emergency_service_and_offers_911_and_988(int width, int height, string device)
    {
        var page = await chromium.NewPageAsync(host.Address, width, height);

        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ask a licensed therapist, in confidence");
        await Assertions.Expect(page.GetByText("This is not an emergency service.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main a[href='tel:911']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main a[href='tel:988']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main a[href='tel:18007997233']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exit this page" })).ToBeVisibleAsync();
        await page.ScreenshotAsync($"home-{device}");
    }

    [Fact]
    public async Task No_page_asks_the_browser_to_contact_any_other_host()
    {
        await host.CreateStaffAsync("admin@clinic.example", "steady correct horse", StaffRoles.Admin);
        var page = await chromium.NewPageAsync(host.Address);
        var foreign = new List<string>();
        page.Context.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" or "ws" or "wss" && url.Authority != host.Address.Authority)
            {
                foreign.Add(request.Url);
            }
        };

        foreach (var path in new[] { "/", "/ask", "/ask/safety", "/status", "/cover-your-tracks", "/Account/Login", "/not-a-page" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await page.SignInAsync("admin@clinic.example", "steady correct horse");
        await page.WaitForURLAsync("**/staff");
        foreach (var path in new[] { "/staff", "/staff/accounts", "/staff/accounts/new", "/Account/Manage", "/Account/Manage/TwoFactorAuthentication" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_home_and_sign_in_pages_have_no_serious_accessibility_problems()
    {
        var page = await chromium.NewPageAsync(host.Address);

        foreach (var (path, name) in new[] { ("/", "home"), ("/Account/Login", "sign-in") })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var result = await page.RunAxe();

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{path}: {v.Id} {v.Help}").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious));
            if (name == "sign-in")
            {
                await page.ScreenshotAsync(name);
            }
        }
    }
}
