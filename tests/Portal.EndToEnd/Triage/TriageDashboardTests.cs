using System.Text.RegularExpressions;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.EndToEnd.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Triage;

public sealed class TriageDashboardTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    private const string Password = "triage desk passphrase";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task Two_counselors_see_a_new_question_arrive_and_each_other_on_it_live_and_the_audit_shows_both_views()
    {
        await host.CreateStaffAsync("ana@clinic.example", Password, "Ana Ortiz", [StaffRoles.Counselor]);
        await host.CreateStaffAsync("ben@clinic.example", Password, "Ben Carter", [StaffRoles.Counselor]);
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor]);
        var ana = await OpenQueueAsync("ana@clinic.example");
        var ben = await OpenQueueAsync("ben@clinic.example");
        await Assertions.Expect(ana.Locator("[data-empty-queue]")).ToBeVisibleAsync();

        var writer = await chromium.NewPageAsync(host.Address);
        var form = new IntakeForm(writer);
        await form.ReachCheckAsync();
        var (reference, _) = await form.SubmitAsync();

        foreach (var dashboard in new[] { ana, ben })
        {
            var row = dashboard.Locator(".queue-row", new() { HasText = reference });
            await Assertions.Expect(row).ToBeVisibleAsync();
            await Assertions.Expect(dashboard.Locator("[data-count=Unassigned]")).ToHaveTextAsync("1");
        }

        await ana.Locator("[data-take-next]").ClickAsync();
        await Assertions.Expect(ana.Locator("[data-question-text]")).ToHaveTextAsync(IntakeForm.Question);
        await ana.ToBeAtAsync("/staff/questions/[0-9a-f-]{36}");
        await Assertions.Expect(ben.Locator(".queue-row", new() { HasText = reference }).Locator("[data-assignee]")).ToHaveTextAsync("Ana Ortiz");
        await Assertions.Expect(ben.Locator("[data-count=Unassigned]")).ToHaveTextAsync("0");

        await ben.Locator(".queue-row", new() { HasText = reference }).Locator(".case-link").ClickAsync();
        await Assertions.Expect(ben.Locator("[data-question-text]")).ToBeVisibleAsync();
        await Assertions.Expect(ana.Locator("[data-case-presence]")).ToContainTextAsync("Ben Carter is viewing");

        await ben.Locator("#field-Note").PressSequentiallyAsync("Ana, ");
        await Assertions.Expect(ana.Locator("[data-case-presence]")).ToContainTextAsync("Ben Carter is writing");
        await ana.ScreenshotAsync("triage-case-someone-writing");

        var sam = await chromium.NewPageAsync(host.Address);
        await sam.SignInAsync("sam@clinic.example", Password);
        await sam.ToBeAtAsync("/staff");
        await sam.GotoAsync("/staff/audit");
        var views = sam.Locator("[data-audit-entry]", new() { HasText = reference });
        await Assertions.Expect(views).ToHaveCountAsync(2);
        await Assertions.Expect(views.Nth(0)).ToContainTextAsync("Ben Carter");
        await Assertions.Expect(views.Nth(1)).ToContainTextAsync("Ana Ortiz");
        await sam.ScreenshotAsync("triage-audit");
    }

    [Fact]
    public async Task The_queue_puts_crisis_first_shows_overdue_in_red_and_a_supervisor_can_override_with_a_reason()
    {
        await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor, StaffRoles.Counselor]);
        var sam = await OpenQueueAsync("sam@clinic.example");
        await Assertions.Expect(sam.Locator("[data-empty-queue]")).ToBeVisibleAsync();
        await sam.ScreenshotAsync("triage-queue-empty");

        var now = DateTimeOffset.UtcNow;
        await host.AddQuestionAsync("We argue about chores every evening and it is wearing us both down.", now.AddHours(-2), title: "Chores");
        var overdue = await host.AddQuestionAsync("Since the funeral I cannot sleep or eat and I am not coping at work.", now.AddDays(-6),
            topic: Domain.Questions.Topic.GriefAndLoss, title: "Since the funeral");
        await host.AddQuestionAsync("My partner hits me when he drinks and I am scared to go home tonight.", now.AddMinutes(-20),
            topic: Domain.Questions.Topic.TraumaAndAbuse, title: "Scared");
        await host.AddQuestionAsync("I have been thinking about ending my life and I have pills saved up.", now.AddMinutes(-5),
            new ScreeningAnswers(false, true, HarmFrom.NoOne, false), Domain.Questions.Topic.Depression, "Tired of everything");

        var rows = sam.Locator(".queue-row");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(rows.Nth(0).Locator(".risk-badge")).ToHaveClassAsync("risk-badge risk-crisis");
        await Assertions.Expect(sam.Locator("[data-queue-notice]")).ToContainTextAsync("A new Crisis question arrived");
        await Assertions.Expect(sam.Locator("[data-count=Overdue]")).ToHaveTextAsync("1");
        await Assertions.Expect(sam.Locator("[data-count=Urgent]")).ToHaveTextAsync("2");
        var late = sam.Locator(".queue-row.overdue-row");
        await Assertions.Expect(late).ToHaveCountAsync(1);
        await Assertions.Expect(late.Locator(".response-clock")).ToContainTextAsync("overdue by");
        await rows.Nth(0).Locator(".risk-badge").HoverAsync();
        await Assertions.Expect(rows.Nth(0).Locator("[role=tooltip]")).ToBeVisibleAsync();
        await Assertions.Expect(rows.Nth(0).Locator("[role=tooltip]")).ToContainTextAsync("thoughts of ending their life");
        await Assertions.Expect(rows.Nth(0).Locator(".case-link")).ToHaveAccessibleDescriptionAsync(new Regex("thoughts of ending their life"));
        await sam.ScreenshotAsync("triage-queue-busy");
        await sam.AssertAccessibleAsync();
        await sam.SetViewportSizeAsync(390, 844);
        await sam.ScreenshotAsync("triage-queue-phone");
        await sam.SetViewportSizeAsync(1280, 900);

        await sam.Locator("[data-sort=Waiting]").ClickAsync();
        await sam.Locator("[data-sort=Waiting]").ClickAsync();
        await Assertions.Expect(sam.Locator("th", new() { Has = sam.Locator("[data-sort=Waiting]") })).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(rows.Nth(0).Locator("td").Nth(3)).ToHaveTextAsync("6 d");
        await sam.Locator("[data-sort=Risk]").ClickAsync();
        await Assertions.Expect(rows.Nth(0).Locator(".risk-badge")).ToHaveClassAsync("risk-badge risk-crisis");

        await sam.Locator("[data-view=Overdue]").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await sam.ScreenshotAsync("triage-queue-overdue");

        await sam.GotoAsync($"/staff/questions/{overdue}");
        await Assertions.Expect(sam.Locator("[data-question-text]")).ToBeVisibleAsync();
        await sam.GetByRole(AriaRole.Button, new() { Name = "Change risk level" }).ClickAsync();
        await Assertions.Expect(sam.Locator(".error-summary")).ToContainTextAsync("Choose the risk level");
        await Assertions.Expect(sam.Locator(".error-summary")).ToContainTextAsync("Write why the risk level should change");
        await Assertions.Expect(sam.Locator(".mud-input-control.mud-select", new() { Has = sam.Locator("#field-Level") })).ToContainTextAsync("Choose the risk level");
        await sam.ScreenshotAsync("triage-case-errors");

        await sam.Locator("#field-Level").ClickAsync();
        await sam.GetByRole(AriaRole.Option, new() { Name = "High", Exact = true }).ClickAsync();

        // As a person would, type the reason once the list of levels has closed: typing while it closes goes nowhere.
        await Assertions.Expect(sam.GetByRole(AriaRole.Option, new() { Name = "High", Exact = true })).ToBeHiddenAsync();
        await sam.Locator("#field-Reason").FillAsync("Not sleeping or eating for weeks after a death: check in today.");

        // The field's old message goes once the server has the new reason: only then is the form ready to send.
        await Assertions.Expect(sam.Locator("#field-Reason")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Change risk level" }).ClickAsync();
        await Assertions.Expect(sam.Locator("[data-risk-override]")).ToContainTextAsync("Changed to High by Sam Lee");
        await Assertions.Expect(sam.Locator(".case-header .risk-badge")).ToHaveClassAsync("risk-badge risk-high");
        await sam.Locator("#field-Note").FillAsync("Called the supervisor line; will answer before noon.");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(sam.Locator("[data-timeline] [data-kind=NoteAdded]")).ToContainTextAsync("will answer before noon");
        await Assertions.Expect(sam.Locator("[data-timeline] [data-kind=RiskOverridden]")).ToContainTextAsync("Routine → High");
        await sam.ScreenshotAsync("triage-case");
        await sam.AssertAccessibleAsync();

        await sam.GotoAsync($"/staff/questions/{Guid.NewGuid()}");
        await Assertions.Expect(sam.GetByRole(AriaRole.Heading, new() { Name = "Case not found" })).ToBeVisibleAsync();
        await sam.ScreenshotAsync("triage-case-not-found");

        await sam.GotoAsync("/staff/audit");
        await sam.WaitForInteractiveAsync();
        await sam.Locator("#field-Reference").FillAsync("ZZZZ-ZZZZ-ZZ");
        await sam.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(sam.Locator("[data-empty-audit]")).ToContainTextAsync("Nothing recorded that matches");
        await sam.ScreenshotAsync("triage-audit-empty");
    }

    [Fact]
    public async Task A_case_reached_from_another_case_in_the_same_page_is_shown_and_audited_and_so_is_the_way_back()
    {
        await host.CreateStaffAsync("ana@clinic.example", Password, "Ana Ortiz", [StaffRoles.Counselor]);
        var now = DateTimeOffset.UtcNow;
        var first = await host.AddQuestionAsync("We argue about chores every evening and it is wearing us both down.", now.AddHours(-2), title: "Chores");
        var second = await host.AddQuestionAsync("My sister stopped inviting me to family dinners and I do not know why.", now.AddHours(-1), title: "Dinners");
        var ana = await OpenQueueAsync("ana@clinic.example");

        await ana.GotoAsync($"/staff/questions/{first}");
        await Assertions.Expect(ana.Locator("[data-question-text]")).ToContainTextAsync("chores");
        await ana.EvaluateAsync("url => Blazor.navigateTo(url)", $"/staff/questions/{second}");

        await Assertions.Expect(ana.Locator("[data-question-text]")).ToContainTextAsync("family dinners");
        await Assertions.Expect(ana.Locator("[data-timeline] [data-kind=Viewed]")).ToHaveCountAsync(1);
        await ana.EvaluateAsync("url => Blazor.navigateTo(url)", $"/staff/questions/{first}");
        await Assertions.Expect(ana.Locator("[data-question-text]")).ToContainTextAsync("chores");
        await Assertions.Expect(ana.Locator("[data-timeline] [data-kind=Viewed]")).ToHaveTextAsync(new Regex("Ana Ortiz read the question 2 times$"));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var views = await db.CaseEvents.Where(e => e.Kind == CaseEventKind.Viewed).Select(e => e.QuestionId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, views.Count(id => id == first));
        Assert.Equal(1, views.Count(id => id == second));
    }

    private async Task<IPage> OpenQueueAsync(string email) => await (await chromium.NewPageAsync(host.Address)).OpenQueueAsync(email, Password);
}
