using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Jobs;

/// <summary>
/// The real portal process killed with SIGKILL and started again, with a real SMTP server on 127.0.0.1: a planned
/// check-in arrives once, at its time (planned 25 seconds after the release); an email whose sender was killed the moment
/// the server took it is not lost, and any copy sent again carries the same Message-ID.
/// </summary>
public sealed class RestartTests
{
    private static readonly TimeSpan CheckInAfter = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task On_sqlite_a_planned_check_in_survives_the_portal_being_killed_and_is_sent_once_at_its_time()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-restart-").FullName;
        try
        {
            await KillAndRestartAsync(directory, new Dictionary<string, string?>());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task On_postgresql_a_planned_check_in_survives_the_portal_being_killed_and_is_sent_once_at_its_time()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-restart-").FullName;
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await KillAndRestartAsync(directory, new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:Portal"] = connectionString,
            });
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connectionString);
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task KillAndRestartAsync(string directory, Dictionary<string, string?> settings)
    {
        await using var smtp = new TestSmtp();
        foreach (var (key, value) in smtp.Settings)
        {
            settings[key] = value;
        }

        settings["FollowUps:Routine:0"] = CheckInAfter.ToString();
        settings["FollowUps:Routine:1"] = "30.00:00:00";
        var dueAt = await ReleaseAsync(directory, settings);

        using (var first = await PortalProcess.StartAsync(directory, settings))
        {
            // Killed while the check-in is still ahead: the job planned for its time is in the storage, not in memory.
            await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
            first.Kill();
        }

        Assert.True(DateTimeOffset.UtcNow < dueAt, "The portal was killed after the check-in was due; the test proves nothing.");
        using var second = await PortalProcess.StartAsync(directory, settings);

        // On a busy machine the second start can take until after the check-in's time: from then, it is due at once.
        var dueOnceRunning = DateTimeOffset.UtcNow > dueAt ? DateTimeOffset.UtcNow : dueAt;
        var deadline = dueOnceRunning + TimeSpan.FromSeconds(30);
        while (CheckIns(smtp).Count == 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        var arrivedAt = DateTimeOffset.UtcNow;

        // Long enough for a second copy from the minute sweep or a re-run job to show.
        await Task.Delay(TimeSpan.FromSeconds(8), TestContext.Current.CancellationToken);
        Assert.Single(CheckIns(smtp));
        Assert.InRange(arrivedAt, dueAt, dueOnceRunning + TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task An_email_whose_sender_is_killed_as_the_server_accepts_it_is_sent_again_with_the_same_message_id_and_marked_sent()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-restart-").FullName;
        try
        {
            await using var smtp = new TestSmtp();
            var settings = new Dictionary<string, string?>(smtp.Settings) { ["Email:SendLease"] = "00:00:05" };
            await ReleaseAsync(directory, settings);
            var started = new TaskCompletionSource<PortalProcess>();
            var killed = new TaskCompletionSource();
            smtp.OnAccepting = _ =>
            {
                smtp.OnAccepting = null;

                // The server has the message; the portal never hears that it did. The process may send before the
                // test has its handle: the reply waits for it.
                var process = started.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
                process.Kill();
                killed.TrySetResult();
            };

            using (var first = await PortalProcess.StartAsync(directory, settings))
            {
                started.TrySetResult(first);
                await killed.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
                Assert.True(first.HasExited);
            }

            using var second = await PortalProcess.StartAsync(directory, settings);
            var deadline = DateTime.UtcNow.AddSeconds(100);
            while (await StateAsync(directory, settings) != Domain.Messages.OutboxState.Sent && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }

            Assert.Equal(Domain.Messages.OutboxState.Sent, await StateAsync(directory, settings));
            Assert.InRange(smtp.Received.Count, 1, 2);
            Assert.Single(smtp.Received.Select(m => m.MessageId).Distinct());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<Domain.Messages.OutboxState> StateAsync(string directory, Dictionary<string, string?> settings)
    {
        await using var portal = new PortalServices(TimeProvider.System, directory, settings);
        var collection = new ServiceCollection();
        portal.AddTo(collection);
        await using var services = collection.BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.OutboxMessages.AsNoTracking().Select(m => m.State).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static List<MimeKit.MimeMessage> CheckIns(TestSmtp smtp) =>
        [.. smtp.Received.Where(m => m.TextBody?.Contains("We are checking in", StringComparison.Ordinal) == true)];

    /// <summary>A question answered and released through the portal's own use cases, on the data the process will use.</summary>
    private static async Task<DateTimeOffset> ReleaseAsync(string directory, Dictionary<string, string?> settings)
    {
        var token = TestContext.Current.CancellationToken;
        await using var portal = new PortalServices(TimeProvider.System, directory, settings);
        var collection = new ServiceCollection();
        portal.AddTo(collection);
        await using var services = collection.BuildServiceProvider();
        await PortalServices.MigrateAndSeedAsync(services);
        var dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        var sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
        var id = await AnswerFlow.SubmitAsync(services, new(
            ScreeningAnswers.AllClear, Topic.Family, "Family money", "My sister keeps borrowing money and never pays it back, and I dread dinners.",
            null, null, null, "Tired Sibling", "an@example.org", true, true, false));
        await AnswerFlow.ReleaseAsync(services, id, dana, sam, "Boundaries with family are hard; you may say no.");
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(token);
        return await db.FollowUps.Where(f => f.QuestionId == id).Select(f => f.DueAt).MinAsync(token);
    }
}
