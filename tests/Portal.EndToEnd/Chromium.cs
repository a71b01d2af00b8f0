using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright; the test command installs it. No browser is downloaded.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where screenshots go, for a person to look at after the run.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(
        Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Without the background-networking switches Chromium calls Google's hosts, which this network refuses.
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            JavaScriptEnabled = javaScript,
        });
        // Generous: on a two-core machine four test projects share the CPU with the browser.
        context.SetDefaultTimeout(30_000);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Closes every page a test opened, so no circuit outlives its test.</summary>
    public async Task CloseContextsAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        contexts.Clear();
    }
}
