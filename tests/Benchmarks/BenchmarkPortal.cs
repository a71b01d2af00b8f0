using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Hosting;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace AdviceIntake.Benchmarks;

/// <summary>
/// The real portal on Kestrel on a loopback port over an SQLite file, with staff dashboards open in Debian's Chromium:
/// what a counselor's browser sees, measured from outside.
/// </summary>
internal sealed class BenchmarkPortal : WebApplicationFactory<Program>
{
    public const string Password = "benchmark desk passphrase";
    private readonly string directory = Directory.CreateTempSubdirectory("adviceintake-bench-").FullName;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Address { get; private set; } = default!;

    public List<IPage> Dashboards { get; } = [];

    public async Task StartAsync(bool withBrowser = true)
    {
        // A console program has no test-project content-root marker; the build output holds what the portal reads.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PORTAL", AppContext.BaseDirectory);
        UseKestrel(0);
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var created = await Services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(), new("dana@clinic.example", Password,
            [StaffRoles.Counselor], new ProfileInput("Dana Reyes", "LMFT", "Therapist in Ohio", "OH", new DateOnly(2030, 1, 1))));
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Message)));
        }

        if (!withBrowser)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A page in a fresh browser context with nobody signed in, to weigh what a page costs without a circuit.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new() { BaseURL = Address.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>Opens dashboards signed in as a counselor, each in its own browser context, as separate people would.</summary>
    public async Task OpenDashboardsAsync(int count, int rowsPerPage = 25)
    {
        for (var i = 0; i < count; i++)
        {
            var context = await browser!.NewContextAsync(new() { BaseURL = Address.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Email").FillAsync("dana@clinic.example");
            await page.GetByLabel("Password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/staff");
            await page.Locator("main[data-interactive]").WaitForAsync();
            await page.Locator(".queue-grid").WaitForAsync();
            if (rowsPerPage != 25)
            {
                await page.Locator("#rows-per-page").SelectOptionAsync(rowsPerPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await page.Locator(".queue-row").Nth(rowsPerPage - 1).WaitForAsync();
            }

            Dashboards.Add(page);
        }
    }

    /// <summary>Questions written straight to the database as the intake would write them, arriving over the last days.</summary>
    public async Task AddQuestionsAsync(int count)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Seed(db, Services, count);
        await db.SaveChangesAsync();
    }

    internal static void Seed(PortalDbContext db, IServiceProvider services, int count)
    {
        var protector = services.GetRequiredService<QuestionProtector>();
        var targets = services.GetRequiredService<IOptions<AdviceIntake.Portal.Questions.ResponseTargetOptions>>().Value.Targets;
        var now = DateTimeOffset.UtcNow;
        var random = new Random(42);
        var sealedContent = protector.Seal(NewSubmission());
        for (var i = 0; i < count; i++)
        {
            // Owned values belong to one question each, so every question gets its own copies.
            var submission = NewSubmission();
            var level = random.Next(100) switch { < 1 => RiskLevel.Crisis, < 6 => RiskLevel.High, < 26 => RiskLevel.Elevated, _ => RiskLevel.Routine };
            var risk = new RiskAssessment(level, level == RiskLevel.Routine ? [] : [new RiskReason(level, Domain.Referrals.Concerns.EmotionalSupport, "Words: \"seeded\"")]);
            var question = Question.Receive(submission, risk, ReferenceCode.New(), "not-a-real-hash", sealedContent with { },
                now.AddMinutes(-random.Next(60 * 24 * 10)), targets);
            if (i % 3 == 0)
            {
                question.Claim($"counselor-{i % 40}", now);
            }

            db.Questions.Add(question);
        }
    }

    private static QuestionSubmission NewSubmission() => QuestionSubmission.Create(
        new ScreeningAnswers(false, false, HarmFrom.NoOne, false), Topic.Family, "Family",
        "We cannot agree on anything at home and it is wearing us all down.", null, null, null, "Tired Parent", null, null, false, false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentNames.Testing);
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", directory);
        builder.UseSetting("Staff:RequireSecondFactor", "false");
        builder.UseSetting("Transport:RequireHttps", "false");
        builder.UseSetting("Intake:SubmissionsPerClient", "1000000");
        builder.UseSetting("Intake:DraftsPerClient", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
