using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Staff;

/// <summary>An admin finds an email that failed every attempt and tries it again, in Chromium against the running portal.</summary>
public sealed class BackgroundWorkTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task An_admin_tries_a_failed_email_again_and_it_is_sent()
    {
        await host.CreateStaffAsync("admin@clinic.example", "background desk passphrase", StaffRoles.Admin);
        var sent = await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Family money", "My sister keeps borrowing money and never pays it back.",
            null, null, null, "Tired Sibling", "an@example.org", true, false, false), TestContext.Current.CancellationToken);
        await FailedEmailAsync(sent.Reference!);
        var page = await chromium.NewPageAsync(host.Address);
        await page.SignInAsync("admin@clinic.example", "background desk passphrase");
        await page.ToBeAtAsync("/staff");

        // A link clicked while the page is still starting its live connection can be lost.
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Background work" }).ClickAsync();
        await page.ToBeAtAsync("/staff/background");
        await page.WaitForInteractiveAsync();

        var row = page.Locator("[data-failed-emails] tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Answer ready");
        await Assertions.Expect(row).ToContainTextAsync("The person who wrote in");
        await Assertions.Expect(row).ToContainTextAsync("SocketException on attempt 12");
        await Assertions.Expect(page.Locator("[data-email-counts] [data-state=Failed] dd")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-recurring-jobs] [data-job=deliver-pending-emails]")).ToContainTextAsync("Every minute");
        await page.ScreenshotAsync("background-work");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));

        // An admin's eight links and the sign-out button stay in sight on a laptop and on a small tablet.
        var screen = page.ViewportSize!;
        foreach (var width in new[] { screen.Width, 1024, 800 })
        {
            await page.SetViewportSizeAsync(width, screen.Height);
            foreach (var control in new[] { page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }), page.GetByRole(AriaRole.Link, new() { Name = "Accounts" }) })
            {
                var box = await control.BoundingBoxAsync();
                Assert.True(box is not null && box.X + box.Width <= width, $"{await control.TextContentAsync()} is out of sight at {width}px");
            }
        }

        await page.ScreenshotAsync("background-work-tablet");
        await page.SetViewportSizeAsync(screen.Width, screen.Height);

        await row.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-retry-result]")).ToHaveTextAsync("The email is being tried again now.");

        // The job runs on the portal's own workers, which look for work every few seconds.
        var sentCount = page.Locator("[data-email-counts] [data-state=Sent] dd");
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (await sentCount.TextContentAsync() != "1" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
        }

        await Assertions.Expect(sentCount).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-no-failed]")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync("background-work-phone");

        // On a phone every staff link is an icon on the bar's second row; signing out stays within reach.
        var signOut = await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).BoundingBoxAsync();
        Assert.NotNull(signOut);
        Assert.InRange(signOut.X + signOut.Width, 0, 390);
        var accounts = await page.GetByRole(AriaRole.Link, new() { Name = "Accounts" }).BoundingBoxAsync();
        Assert.NotNull(accounts);
        Assert.InRange(accounts.X + accounts.Width, 0, 390);
    }

    private async Task FailedEmailAsync(ReferenceCode reference)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var questionId = await db.Questions.Where(q => q.Reference == reference).Select(q => q.Id).SingleAsync();
        // Tried every time with the mail server down, as the sender would have recorded it.
        var now = DateTimeOffset.UtcNow;
        var message = OutboxMessage.Queue(questionId, MessageKind.AnswerReady, now.AddHours(-10));
        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            message.TryClaim(message.ClaimedUntil ?? now.AddHours(-10), TimeSpan.FromMinutes(5));
            message.RecordFailure($"SocketException on attempt {attempt}", message.ClaimedUntil!.Value);
        }

        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
    }
}
