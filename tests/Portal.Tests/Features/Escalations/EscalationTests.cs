using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Escalations;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Escalations;

/// <summary>The response clock and the on-call rota, with the real use cases, a real SQLite file and a real SMTP server.</summary>
public sealed class EscalationTests : IAsyncLifetime
{
    private const string RoutineText = "My flatmate never washes up and I am tired of asking him every single evening.";
    private const string CrisisText = "I have saved up my sleeping pills and tonight I am going to take them all.";

    // Monday 30 November 2026, 09:00 in New York.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
    private TestSmtp smtp = default!;
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;
    private StaffMember kim = default!;

    public async ValueTask InitializeAsync()
    {
        smtp = new TestSmtp();
        var settings = new Dictionary<string, string?>(smtp.Settings)
        {
            ["OnCall:TimeZone"] = "America/New_York",
            ["OnCall:Rota:0:Supervisor"] = "sam@clinic.example",
            ["OnCall:Rota:0:Days:0"] = "Monday",
            ["OnCall:Rota:0:From"] = "08:00",
            ["OnCall:Rota:0:To"] = "17:00",
            ["OnCall:Rota:1:Supervisor"] = "kim@clinic.example",
            ["OnCall:Rota:1:Days:0"] = "Monday",
            ["OnCall:Rota:1:From"] = "17:00",
            ["OnCall:Rota:1:To"] = "08:00",
        };
        (portal, services) = await PortalServices.StartAsync(clock, settings);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
        kim = await TestCallers.CreateAsync(services, "kim@clinic.example", "Kim Park", StaffRoles.Supervisor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_question_past_its_target_alerts_the_supervisors_and_emails_the_one_on_call_once()
    {
        var (id, reference) = await SubmitAsync(RoutineText);
        var escalate = services.GetRequiredService<EscalateOverdueQuestions>();
        var due = await DueAtAsync(id);

        clock.SetUtcNow(due.AddMinutes(-1));
        Assert.Equal(0, await escalate.HandleAsync(Token));
        clock.SetUtcNow(due);
        Assert.Equal(1, await escalate.HandleAsync(Token));

        // Saturday 5 December, 09:00 in New York, is nobody's shift on this rota: both supervisors are told.
        var listed = Assert.Single(await services.GetRequiredService<ListEscalations>().HandleAsync(sam, Token));
        Assert.Equal((reference, EscalationReason.PastTarget, "past its response target"), (listed.Reference, listed.Reason, listed.Why));
        await SendOwedAsync();
        Assert.Equal(["kim@clinic.example", "sam@clinic.example"], smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
        var email = smtp.Received.First();
        Assert.Equal($"A case needs a supervisor: {reference}", email.Subject);
        Assert.Contains($"/staff/questions/{id}", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("passed its response target", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("flatmate", email.Subject + email.TextBody, StringComparison.OrdinalIgnoreCase);

        // Run again, and again after a supervisor took it: nothing more.
        Assert.Equal(0, await escalate.HandleAsync(Token));
        Assert.True((await services.GetRequiredService<CrisisProtocol>().TakeEscalationAsync(id, sam, Token)).Succeeded);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await escalate.HandleAsync(Token));
        await SendOwedAsync();
        Assert.Equal(2, smtp.Received.Count);
        Assert.Empty(await services.GetRequiredService<ListEscalations>().HandleAsync(sam, Token));
    }

    [Fact]
    public async Task A_crisis_question_nobody_takes_for_fifteen_minutes_goes_to_the_supervisor_on_call_at_once()
    {
        var (id, reference) = await SubmitAsync(CrisisText);
        Assert.Equal(RiskLevel.Crisis, await LevelAsync(id));
        var escalate = services.GetRequiredService<EscalateOverdueQuestions>();

        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await escalate.HandleAsync(Token));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await escalate.HandleAsync(Token));
        await SendOwedAsync();

        // 09:15 on a Monday in New York: Sam's shift.
        var email = Assert.Single(smtp.Received);
        Assert.Equal("sam@clinic.example", email.To.Mailboxes.Single().Address);
        Assert.Contains("a Crisis question and nobody has taken it", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(EscalationReason.CrisisUnclaimed, Assert.Single(await services.GetRequiredService<ListEscalations>().HandleAsync(kim, Token)).Reason);
        Assert.Equal(reference, Assert.Single(await services.GetRequiredService<ListEscalations>().HandleAsync(kim, Token)).Reference);

        // Taken off the list but still nobody's: it comes back once when it passes its target.
        Assert.True((await services.GetRequiredService<CrisisProtocol>().TakeEscalationAsync(id, sam, Token)).Succeeded);
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, await escalate.HandleAsync(Token));
        clock.SetUtcNow(await DueAtAsync(id));
        Assert.Equal(1, await escalate.HandleAsync(Token));
        Assert.Equal(EscalationReason.PastTarget, Assert.Single(await services.GetRequiredService<ListEscalations>().HandleAsync(kim, Token)).Reason);
        Assert.Equal(0, await escalate.HandleAsync(Token));
    }

    [Fact]
    public async Task An_urgent_message_sends_the_person_the_neutral_update_email_at_once()
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Depression, "Tonight", CrisisText, null, null, null, "Night Owl", "owl@example.org", true, false, false), Token);
        await using var db = await Db();
        var id = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        await services.GetRequiredService<ClaimQuestion>().HandleAsync(id, dana, Token);

        Assert.True((await services.GetRequiredService<CrisisProtocol>().SendUrgentMessageAsync(id, CrisisProtocol.SuggestedMessage, dana, Token)).Succeeded);
        await SendOwedAsync();

        var email = Assert.Single(smtp.Received);
        Assert.Equal(("owl@example.org", PersonEmails.Subject), (email.To.Mailboxes.Single().Address, email.Subject));
        Assert.DoesNotContain("pills", email.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("988", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_crisis_protocol_emails_the_supervisor_on_call_and_an_untaken_escalation_is_handed_to_the_next_shift()
    {
        var (id, _) = await SubmitAsync(CrisisText);
        await services.GetRequiredService<ClaimQuestion>().HandleAsync(id, dana, Token);

        Assert.True((await services.GetRequiredService<CrisisProtocol>().EscalateAsync(id, dana, Token)).Succeeded);
        await SendOwedAsync();
        Assert.Equal(["sam@clinic.example"], smtp.Received.Select(m => m.To.Mailboxes.Single().Address));
        Assert.Contains("a member of staff used the crisis protocol", smtp.Received.Single().TextBody, StringComparison.Ordinal);

        // 17:00 in New York: Kim's night shift starts and the escalation is still waiting.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 22, 0, 0, TimeSpan.Zero));
        await services.GetRequiredService<EscalateOverdueQuestions>().HandleAsync(Token);
        await SendOwedAsync();
        Assert.Equal(["sam@clinic.example", "kim@clinic.example"], smtp.Received.Select(m => m.To.Mailboxes.Single().Address));
    }

    [Fact]
    public async Task An_escalation_taken_before_its_email_goes_sends_nothing_and_is_not_a_failure()
    {
        var (id, _) = await SubmitAsync(CrisisText);
        await services.GetRequiredService<ClaimQuestion>().HandleAsync(id, dana, Token);
        await services.GetRequiredService<CrisisProtocol>().EscalateAsync(id, dana, Token);
        await services.GetRequiredService<CrisisProtocol>().TakeEscalationAsync(id, sam, Token);

        await SendOwedAsync();

        Assert.Empty(smtp.Received);
        await using var db = await Db();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.QuestionId == id, Token);
        Assert.Equal((OutboxState.Cancelled, MessageKind.Escalation), (message.State, message.Kind));
        Assert.Equal("A supervisor took the escalation before the email went.", message.LastFailure);
    }

    private async Task SendOwedAsync() => await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);

    private async Task<(Guid Id, string Reference)> SubmitAsync(string text)
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Depression, "Tonight", text, null, null, null, "Night Owl", null, null, false, false), Token);
        await using var db = await Db();
        var id = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        return (id, sent.Reference!.ToString());
    }

    private async Task<DateTimeOffset> DueAtAsync(Guid id)
    {
        await using var db = await Db();
        return await db.Questions.Where(q => q.Id == id).Select(q => q.DueAt).SingleAsync(Token);
    }

    private async Task<RiskLevel> LevelAsync(Guid id)
    {
        await using var db = await Db();
        return await db.Questions.Where(q => q.Id == id).Select(q => q.EffectiveRiskLevel).SingleAsync(Token);
    }

    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
