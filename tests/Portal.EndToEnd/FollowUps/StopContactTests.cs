using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.FollowUps;

/// <summary>The link at the foot of a check-in email, as the person opens it.</summary>
public sealed class StopContactTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task Opening_the_link_asks_first_and_the_button_stops_all_contact_while_a_changed_link_does_nothing()
    {
        var questionId = await host.AddQuestionAsync("My partner and I keep arguing about money and I want advice.", DateTimeOffset.UtcNow);
        var link = host.Services.GetRequiredService<StopContactLinks>().For(questionId);
        var page = await chromium.NewPageAsync(host.Address);

        await page.GotoAsync(link.PathAndQuery + "x");
        await Assertions.Expect(page.Locator("[data-stop-link-invalid]")).ToBeVisibleAsync();

        await page.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stop all contact from us?" })).ToBeVisibleAsync();
        Assert.False(await StoppedAsync(questionId));
        await page.ScreenshotAsync("follow-ups-stop-contact");
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");

        await page.Locator("[data-stop-contact]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-contact-stopped]")).ToBeVisibleAsync();
        Assert.True(await StoppedAsync(questionId));
    }

    private async Task<bool> StoppedAsync(Guid questionId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Questions.Where(q => q.Id == questionId).Select(q => q.ContactStopped).SingleAsync();
    }
}
