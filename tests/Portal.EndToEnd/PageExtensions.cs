using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd;

internal static class PageExtensions
{
    /// <summary>Waits until the page's circuit is connected, so clicks reach server-side handlers.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("main[data-interactive]").WaitForAsync();

    /// <summary>
    /// Waits until the address is the given path (a pattern), with or without a query. It polls the address rather
    /// than wait for a navigation event: a move inside the circuit is only a history change, and the two unexplained
    /// time-outs seen in these tests (once in CI, once here) both waited for such an event.
    /// </summary>
    public static Task ToBeAtAsync(this IPage page, string pathPattern) =>
        Assertions.Expect(page).ToHaveURLAsync(
            new System.Text.RegularExpressions.Regex($"^https?://[^/]+{pathPattern}(\\?.*)?$"), new() { Timeout = 30_000 });

    /// <summary>The whole page from its top, so the fixed app bar is where a person sees it.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }

    /// <summary>axe finds nothing serious or critical on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var problems = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Signs in on this page and waits for the live queue it lands on.</summary>
    public static async Task<IPage> OpenQueueAsync(this IPage page, string email, string password)
    {
        await page.SignInAsync(email, password);
        await page.ToBeAtAsync("/staff");
        await page.WaitForInteractiveAsync();
        await page.Locator(".queue-grid").WaitForAsync();
        return page;
    }

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }
}
