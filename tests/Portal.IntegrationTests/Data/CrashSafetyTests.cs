using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Data;

/// <summary>
/// Five hundred questions sent through the form, as people send them (plain posts, see <see cref="IntakeVisitor"/>), to
/// the portal's own process, which is killed with SIGKILL at random moments and started again: every question whose
/// reference the confirmation page had shown is in the database and opens to the words that were sent.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int Submissions = 500;
    private const int Senders = 4;

    [Fact]
    public async Task On_sqlite_every_question_whose_reference_was_shown_survives_the_portal_being_killed()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-crash-").FullName;
        try
        {
            await SendThroughCrashesAsync(directory, connectionString: null);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task On_postgresql_every_question_whose_reference_was_shown_survives_the_portal_being_killed()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-crash-").FullName;
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await SendThroughCrashesAsync(directory, connectionString);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connectionString);
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task SendThroughCrashesAsync(string directory, string? connectionString)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Transport:RequireHttps"] = "false",
            ["Intake:SubmissionsPerClient"] = "1000000",
            ["Intake:DraftsPerClient"] = "1000000",
        };
        if (connectionString is not null)
        {
            settings["Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Portal"] = connectionString;
        }

        var random = new Random(20261130);
        var shown = new System.Collections.Concurrent.ConcurrentBag<(string Reference, string Text)>();
        var kills = 0;
        while (shown.Count < Submissions)
        {
            using var portal = await PortalProcess.StartAsync(directory, settings);
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, Senders).Select(_ => SendUntilStoppedAsync(portal.Address, shown, stop.Token)).ToList();

            // Killed at a random moment, with four people part-way through the form, whatever each is doing.
            var deadline = DateTime.UtcNow.AddMilliseconds(random.Next(800, 4000));
            while (DateTime.UtcNow < deadline && shown.Count < Submissions)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            portal.Kill();
            kills++;
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }

        Assert.True(kills >= 4, $"Only {kills} kills.");
        await AssertAllKeptAsync(directory, connectionString, [.. shown]);
    }

    /// <summary>One person after another sends a question; a reference counts once the confirmation page has shown it.</summary>
    private static async Task SendUntilStoppedAsync(Uri address, System.Collections.Concurrent.ConcurrentBag<(string, string)> shown, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var text = $"Question {Guid.NewGuid():N}: my sister and I have not spoken since our father's funeral, and I miss her.";
            using var visitor = new IntakeVisitor(address);
            try
            {
                var (reference, _) = await visitor.SendQuestionAsync(text, CancellationToken.None);
                if (reference.Length > 0)
                {
                    shown.Add((reference, text));
                }
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or IOException
                or System.Net.Sockets.SocketException)
            {
                // The portal died under this person: what they were not shown does not count. A connection made just as
                // the process dies can fail outside HttpClient's wrapping, as a bare SocketException.
                return;
            }
        }
    }

    private static async Task AssertAllKeptAsync(string directory, string? connectionString, List<(string Reference, string Text)> shown)
    {
        var settings = new Dictionary<string, string?>();
        if (connectionString is not null)
        {
            settings["Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Portal"] = connectionString;
        }

        await using var portal = new PortalServices(TimeProvider.System, directory, settings);
        var services = new ServiceCollection();
        portal.AddTo(services);
        await using var provider = services.BuildServiceProvider();
        await PortalServices.MigrateAndSeedAsync(provider);
        var protector = provider.GetRequiredService<QuestionProtector>();
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var stored = await db.Questions.AsNoTracking().ToDictionaryAsync(q => q.Reference.Value, TestContext.Current.CancellationToken);

        var missing = shown.Where(s => !stored.ContainsKey(s.Reference.Replace("-", string.Empty, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {shown.Count} shown references are missing, such as {missing.FirstOrDefault().Reference}");
        Assert.All(shown, s => Assert.Equal(s.Text, protector.OpenText(stored[s.Reference.Replace("-", string.Empty, StringComparison.Ordinal)].Sealed)));
        Assert.True(stored.Count >= shown.Count);
    }
}
