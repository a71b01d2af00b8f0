using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Testing;

namespace AdviceIntake.Portal.IntegrationTests.Data;

/// <summary>Nodes of one deployment start at the same moment on a fresh PostgreSQL database, as after an upgrade.</summary>
public sealed class StartTogetherTests
{
    [Fact]
    public async Task Three_published_portal_processes_started_at_once_on_a_fresh_database_all_become_ready_with_one_migration_history()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var directories = Enumerable.Range(0, 3).Select(_ => Directory.CreateTempSubdirectory("adviceintake-node-").FullName).ToList();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
            ["Transport:RequireHttps"] = "false",
        };
        var nodes = new List<PortalProcess>();
        try
        {
            var starting = directories.Select(d => PortalProcess.StartAsync(d, settings, published: true)).ToList();
            foreach (var start in starting)
            {
                try
                {
                    nodes.Add(await start);
                }
                catch (InvalidOperationException e)
                {
                    Assert.Fail($"A node failed to start beside the others: {e.Message}");
                }
            }

            foreach (var node in nodes)
            {
                using var client = new HttpClient { BaseAddress = node.Address };
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/ask", TestContext.Current.CancellationToken)).StatusCode);
            }

            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM \"ReferralResources\" WHERE \"Name\" = '988 Suicide & Crisis Lifeline'", connection);
            Assert.Equal(1L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
            await using var history = new Npgsql.NpgsqlCommand(
                "SELECT count(*), count(DISTINCT \"MigrationId\") FROM \"__EFMigrationsHistory\"", connection);
            await using var rows = await history.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            await rows.ReadAsync(TestContext.Current.CancellationToken);
            var known = typeof(PostgresPortalDbContext).Assembly.GetTypes().Count(t =>
                t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0
                && t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute), false)
                    .OfType<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>().Any(a => a.ContextType == typeof(PostgresPortalDbContext)));
            Assert.Equal((known, known), (rows.GetInt64(0), rows.GetInt64(1)));
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connectionString);
            directories.ForEach(d => Directory.Delete(d, recursive: true));
        }
    }
}
