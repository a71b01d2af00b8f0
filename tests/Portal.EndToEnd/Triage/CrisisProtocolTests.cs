using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Escalations;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Triage;

/// <summary>The crisis protocol as a counselor and a supervisor use it, each in their own browser.</summary>
public sealed class CrisisProtocolTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    private const string Password = "crisis desk passphrase";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task A_counselor_escalates_and_the_supervisor_sees_it_at_once_and_takes_it()
    {
        await host.CreateStaffAsync("dana@clinic.example", Password, "Dana Reyes", [StaffRoles.Counselor]);
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor]);
        var id = await host.AddQuestionAsync("I have saved my pills and tonight I will take them all.", DateTimeOffset.UtcNow,
            new ScreeningAnswers(InDangerNow: false, ThoughtsOfSelfHarm: true, HarmFrom.NoOne, ChildBeingHurt: false));
        var sam = await SignedInAsync("sam@clinic.example");
        await sam.Locator(".queue-grid").WaitForAsync();
        var dana = await SignedInAsync("dana@clinic.example");

        await dana.GotoAsync($"/staff/questions/{id}");
        await dana.WaitForInteractiveAsync();
        await dana.Locator("[data-escalate]").ClickAsync();
        await Assertions.Expect(dana.Locator("[data-escalated]")).ToBeVisibleAsync();
        await dana.GetByRole(AriaRole.Button, new() { Name = "Take this question" }).ClickAsync();
        await Assertions.Expect(dana.Locator("[data-assignee]")).ToHaveTextAsync("Dana Reyes");
        await dana.Locator("#field-Message").FillAsync("Please call or text 988 now. Your full answer will follow.");
        await dana.Locator("[data-send-urgent]").ClickAsync();
        await Assertions.Expect(dana.Locator("[data-urgent-message]")).ToContainTextAsync("988 now");
        await dana.ScreenshotAsync("crisis-protocol-case");
        var axe = await dana.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}");
        Assert.Empty(serious);

        var banner = sam.Locator("[data-escalations]");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await sam.ScreenshotAsync("crisis-protocol-queue");
        await banner.Locator("a").First.ClickAsync();
        await sam.Locator("[data-take-escalation]").ClickAsync();
        await Assertions.Expect(sam.Locator("[data-escalate]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_routine_question_past_its_target_reaches_the_supervisors_live_and_one_takes_it_from_the_case()
    {
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor]);
        var id = await host.AddQuestionAsync("My flatmate never washes up and I am tired of asking him every evening.", DateTimeOffset.UtcNow.AddDays(-6));
        var sam = await SignedInAsync("sam@clinic.example");

        // The minute job, run now rather than waited for (the portal's own run may come first: either escalates it once).
        await host.Services.GetRequiredService<EscalateOverdueQuestions>().HandleAsync(TestContext.Current.CancellationToken);

        var banner = sam.Locator("[data-escalations]");
        await Assertions.Expect(banner).ToContainTextAsync("past its response target");
        await banner.Locator("a").First.ClickAsync();
        await sam.ToBeAtAsync($"/staff/questions/{id}");
        await Assertions.Expect(sam.Locator("[data-escalated]")).ToContainTextAsync("past its response target");
        await Assertions.Expect(sam.Locator("[data-crisis-protocol]")).ToHaveCountAsync(0);
        await Assertions.Expect(sam.Locator("[data-timeline]")).ToContainTextAsync("The response clock escalated the case to the supervisors: past its response target");
        await sam.ScreenshotAsync("escalation-past-target-case");
        await sam.Locator("[data-take-escalation]").ClickAsync();
        await Assertions.Expect(sam.Locator("[data-escalated]")).ToHaveCountAsync(0);
        await sam.GotoAsync("/staff");
        await sam.WaitForInteractiveAsync();
        await Assertions.Expect(sam.Locator("[data-escalations]")).ToHaveCountAsync(0);
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await chromium.NewPageAsync(host.Address);
        await page.SignInAsync(email, Password);
        await page.ToBeAtAsync("/staff");
        await page.WaitForInteractiveAsync();
        return page;
    }
}
