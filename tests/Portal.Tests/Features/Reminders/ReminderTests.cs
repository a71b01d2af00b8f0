using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Reminders;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Reminders;

/// <summary>Idle drafts and expiring licences, through the real use cases and a real SMTP server.</summary>
public sealed class ReminderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private TestSmtp smtp = default!;
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;

    public async ValueTask InitializeAsync()
    {
        smtp = new TestSmtp();
        (portal, services) = await PortalServices.StartAsync(clock, smtp.Settings);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_draft_idle_for_two_days_reminds_its_author_once_and_again_only_after_it_stalls_anew()
    {
        var id = await DraftAsync("First thoughts on the flatmate question.");
        var remind = services.GetRequiredService<OweReminders>();

        clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await remind.HandleAsync(Token));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await remind.HandleAsync(Token));
        Assert.Equal(0, await remind.HandleAsync(Token));
        await SendOwedAsync();
        var email = Assert.Single(smtp.Received);
        Assert.Equal("dana@clinic.example", email.To.Mailboxes.Single().Address);
        Assert.StartsWith("Your draft answer is waiting: ", email.Subject, StringComparison.Ordinal);
        Assert.Contains($"/staff/questions/{id}", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("flatmate", email.Subject + email.TextBody, StringComparison.OrdinalIgnoreCase);

        // Edited, then left again: a new reminder two days later, not before.
        Assert.True((await services.GetRequiredService<SaveAnswerDraft>().HandleAsync(id, "Second thoughts.", null, dana, Token)).Succeeded);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await remind.HandleAsync(Token));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await remind.HandleAsync(Token));
    }

    [Fact]
    public async Task A_reminder_for_a_draft_sent_for_review_meanwhile_is_not_sent()
    {
        var id = await DraftAsync("A finished answer, nearly.");
        clock.Advance(TimeSpan.FromDays(3));
        await services.GetRequiredService<OweReminders>().HandleAsync(Token);
        Assert.True((await services.GetRequiredService<SubmitAnswer>().HandleAsync(id, "A finished answer, now.", null, dana, Token)).Succeeded);

        await SendOwedAsync();

        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task A_licence_running_out_within_thirty_days_reminds_the_counselor_and_each_admin_once()
    {
        await services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(), new("ada@clinic.example", "correct horse battery", [StaffRoles.Admin],
            new ProfileInput(null, null, null, null, null)));
        await services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(), new("lee@clinic.example", "correct horse battery", [StaffRoles.Counselor],
            new ProfileInput("Lee Park", "LCSW", "Social worker in Oregon", "OR", new DateOnly(2027, 1, 5))));
        var remind = services.GetRequiredService<OweReminders>();

        // 5 January 2027 is 36 days away: not yet.
        Assert.Equal(0, await remind.HandleAsync(Token));
        clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(2, await remind.HandleAsync(Token));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await remind.HandleAsync(Token));
        await SendOwedAsync();

        var toLee = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "lee@clinic.example");
        Assert.Equal("Your licence runs out soon", toLee.Subject);
        Assert.Contains("Oregon", toLee.TextBody, StringComparison.Ordinal);
        Assert.Contains("5 January 2027", toLee.TextBody, StringComparison.Ordinal);
        var toAda = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "ada@clinic.example");
        Assert.Equal("A counselor's licence runs out soon: Lee Park", toAda.Subject);
        Assert.Contains("/staff/accounts/", toAda.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Received.Count);
    }

    private async Task<Guid> DraftAsync(string draft)
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Flatmate", "My flatmate never washes up and I am tired of asking him every evening.",
            null, null, null, "Tired Tenant", null, null, false, false), Token);
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Token);
        var id = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        await services.GetRequiredService<ClaimQuestion>().HandleAsync(id, dana, Token);
        await services.GetRequiredService<StartAnswer>().HandleAsync(id, dana, Token);
        Assert.True((await services.GetRequiredService<SaveAnswerDraft>().HandleAsync(id, draft, null, dana, Token)).Succeeded);
        return id;
    }

    private async Task SendOwedAsync() => await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
