using AdviceIntake.Portal.Testing;

namespace AdviceIntake.Portal.IntegrationTests.Data;

/// <summary>Nodes of one deployment start at the same moment on a fresh PostgreSQL database, as after an upgrade.</summary>
public sealed class StartTogetherTests
{
    [Fact]
    public async Task Three_portal_processes_started_at_once_on_a_fresh_database_all_come_up_and_migrate_once()
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
            var starting = directories.Select(d => PortalProcess.StartAsync(d, settings)).ToList();
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
