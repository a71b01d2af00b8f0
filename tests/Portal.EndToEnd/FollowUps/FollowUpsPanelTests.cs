using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.FollowUps;

/// <summary>The planned check-ins on an answered case, as its counselor moves one to another day.</summary>
public sealed class FollowUpsPanelTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    private const string Password = "follow-up desk passphrase";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task A_counselor_moves_a_planned_check_in_to_another_day()
    {
        var danaId = await host.CreateStaffAsync("dana@clinic.example", Password, "Dana Reyes", [StaffRoles.Counselor]);
        var samId = await host.CreateStaffAsync("sam@clinic.example", Password, "Sam Lee", [StaffRoles.Supervisor]);
        var dana = new StaffMember(danaId, "Dana Reyes", IsSupervisor: false);
        var sam = new StaffMember(samId, "Sam Lee", IsSupervisor: true);
        var id = await AnswerFlow.SubmitAsync(host.Services, new(
            ScreeningAnswers.AllClear, Topic.Family, "Family money", "My sister keeps borrowing money and never pays it back.",
            null, null, null, "Tired Sibling", "an@example.org", true, true, false));
        await AnswerFlow.ReleaseAsync(host.Services, id, dana, sam, "Boundaries with family are hard; you may say no.");

        var page = await chromium.NewPageAsync(host.Address);
        await page.SignInAsync("dana@clinic.example", Password);
        await page.ToBeAtAsync("/staff");
        await page.GotoAsync($"/staff/questions/{id}");
        await page.WaitForInteractiveAsync();
        var first = page.Locator("[data-follow-up=CheckInEmail]").First;
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        await first.GetByLabel("New day for the check-in email").FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await first.Locator("[data-move-follow-up]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-follow-up=CheckInEmail]").First)
            .ToContainTextAsync($"planned for {day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        await page.ScreenshotAsync("follow-ups-panel");
    }
}
