using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd;

internal static class PageExtensions
{
    /// <summary>Waits until the page's circuit is connected, so clicks reach server-side handlers.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("main[data-interactive]").WaitForAsync();

    /// <summary>The whole page from its top, so the fixed app bar is where a person sees it.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }
}
