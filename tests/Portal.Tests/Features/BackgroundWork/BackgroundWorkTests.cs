using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.BackgroundWork;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.BackgroundWork;

/// <summary>A mail server that is down, then back: what supervisors see and what an admin can do, on a real SMTP server.</summary>
public sealed class BackgroundWorkTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly int port = TestSmtp.FreePort();
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;

    public async ValueTask InitializeAsync()
    {
        (portal, services) = await PortalServices.StartAsync(clock, TestSmtp.SettingsFor(port));
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task A_mail_server_down_for_a_while_gets_the_email_once_when_it_is_back()
    {
        var questionId = await ReleasedAsync();
        var sweep = services.GetRequiredService<DeliverPendingEmails>();

        // Down for three attempts, each after the wait the last failure set.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await sweep.HandleAsync(Token);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        var waiting = Assert.Single((await services.GetRequiredService<LoadBackgroundWork>().HandleAsync(sam, Token))!.Waiting);
        Assert.Equal((3, "The person who wrote in"), (waiting.Attempts, waiting.Recipient));
        Assert.StartsWith("SocketException", waiting.LastFailure, StringComparison.Ordinal);

        await using var smtp = new TestSmtp(port);
        await sweep.HandleAsync(Token);
        await sweep.HandleAsync(Token);
        clock.Advance(TimeSpan.FromHours(2));
        await sweep.HandleAsync(Token);

        Assert.Single(smtp.Received);
        var overview = (await services.GetRequiredService<LoadBackgroundWork>().HandleAsync(sam, Token))!;
        Assert.Equal(1, overview.EmailCounts[OutboxState.Sent]);
        Assert.Empty(overview.Waiting);
        Assert.Equal(questionId, (await MessageAsync()).QuestionId);
    }

    [Fact]
    public async Task An_email_that_failed_every_attempt_is_shown_as_failed_and_an_admin_alone_can_try_it_again()
    {
        await ReleasedAsync();
        var sweep = services.GetRequiredService<DeliverPendingEmails>();
        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            await sweep.HandleAsync(Token);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var overview = (await services.GetRequiredService<LoadBackgroundWork>().HandleAsync(sam, Token))!;
        var failed = Assert.Single(overview.Failed);
        Assert.Equal((MessageKind.AnswerReady, OutboxMessage.MaxAttempts), (failed.Kind, failed.Attempts));
        Assert.Equal(1, overview.EmailCounts[OutboxState.Failed]);
        Assert.Null(await services.GetRequiredService<LoadBackgroundWork>().HandleAsync(dana, Token));

        var retry = services.GetRequiredService<RetryEmail>();
        Assert.Equal("Only an admin can try an email again.", Assert.Single((await retry.HandleAsync(failed.Id, sam, Token)).Errors).Message);

        await using var smtp = new TestSmtp(port);
        var admin = TestCallers.Admin();
        Assert.True((await retry.HandleAsync(failed.Id, admin, Token)).Succeeded);
        Assert.Equal("Only a failed message is tried again by hand.", Assert.Single((await retry.HandleAsync(failed.Id, admin, Token)).Errors).Message);
        await sweep.HandleAsync(Token);

        Assert.Single(smtp.Received);
        Assert.Equal(OutboxState.Sent, (await MessageAsync()).State);
    }

    [Fact]
    public async Task Fifty_older_emails_waiting_out_a_retry_do_not_hold_back_a_newer_one()
    {
        var now = clock.GetUtcNow();
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Token))
        {
            for (var i = 0; i < 50; i++)
            {
                var waiting = OutboxMessage.QueueForStaff(dana.Id, MessageKind.LicenceReminder, null, $"old:{i}", now.AddMinutes(-10), aboutStaffId: dana.Id);
                waiting.TryClaim(now.AddMinutes(-1), TimeSpan.FromMinutes(5));
                waiting.RecordFailure("SocketException on attempt 1", now);
                db.OutboxMessages.Add(waiting);
            }

            db.OutboxMessages.Add(OutboxMessage.QueueForStaff(dana.Id, MessageKind.LicenceReminder, null, "new", now, aboutStaffId: dana.Id));
            await db.SaveChangesAsync(Token);
        }

        await using var smtp = new TestSmtp(port);
        await services.GetRequiredService<DeliverPendingEmails>().HandleAsync(Token);

        Assert.Single(smtp.Received);
    }

    private async Task<Guid> ReleasedAsync()
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Family money", "My sister keeps borrowing money and never pays it back, and I dread dinners.",
            null, null, null, "Tired Sibling", "an@example.org", true, false, false), Token);
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Token);
        var id = await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
        await AnswerFlow.ReleaseAsync(services, id, dana, sam, "Boundaries with family are hard; you may say no.");
        return id;
    }

    private async Task<OutboxMessage> MessageAsync()
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Token);
        return await db.OutboxMessages.AsNoTracking().SingleAsync(Token);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
