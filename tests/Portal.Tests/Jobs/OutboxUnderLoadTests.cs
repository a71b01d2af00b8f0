using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdviceIntake.Portal.Tests.Jobs;

/// <summary>
/// The outbox against the failure public threads report of SQLite-backed Hangfire storage (one job fetched by two workers,
/// "database is locked"): a real Hangfire server with four workers on the SQLite storage, every job enqueued twice.
/// </summary>
public sealed class OutboxUnderLoadTests : IAsyncLifetime
{
    private const int Emails = 500;
    private TestSmtp smtp = default!;
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private IHostedService[] servers = [];

    public async ValueTask InitializeAsync()
    {
        smtp = new TestSmtp();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Jobs:Workers"] = "4", ["Jobs:QueuePollInterval"] = "00:00:01" };
        (portal, services) = await PortalServices.StartAsync(TimeProvider.System, settings);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.StopAsync(CancellationToken.None);
        }

        await services.DisposeAsync();
        await portal.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Five_hundred_emails_each_enqueued_twice_to_four_workers_arrive_once_each()
    {
        var dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        var ids = new List<Guid>();
        await using (var db = await Db())
        {
            for (var i = 0; i < Emails; i++)
            {
                var message = OutboxMessage.QueueForStaff(dana.Id, MessageKind.LicenceReminder, questionId: null, $"load:{i}", DateTimeOffset.UtcNow, aboutStaffId: dana.Id);
                db.OutboxMessages.Add(message);
                ids.Add(message.Id);
            }

            await db.SaveChangesAsync(Token);
        }

        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        foreach (var id in ids.Concat(ids))
        {
            jobs.Enqueue<DeliverEmail>(job => job.HandleAsync(id, CancellationToken.None));
        }

        servers = [.. services.GetServices<IHostedService>().Where(s => s.GetType().Name == "BackgroundJobServerHostedService")];
        Assert.Single(servers);
        await servers[0].StartAsync(Token);

        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (await SentAsync() < Emails && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, Token);
        }

        // Every job has run once the last one is done; a duplicate would arrive by then.
        while (services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount("default") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, Token);
        }

        await Task.Delay(2000, Token);
        Assert.Equal(Emails, await SentAsync());
        Assert.Equal(Emails, smtp.Received.Count);
        Assert.Equal(Emails, smtp.Received.Select(m => m.MessageId).Distinct().Count());
    }

    private async Task<int> SentAsync()
    {
        await using var db = await Db();
        return await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent, Token);
    }

    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
