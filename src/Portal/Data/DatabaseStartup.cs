using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdviceIntake.Portal.Data;

/// <summary>
/// Brings the database to the current schema, then runs the start-up steps the features registered
/// (<see cref="IStartupStep"/>), before the portal takes its first request (hosted services start before the server listens).
/// On PostgreSQL several nodes may start at the same moment: one migrates and seeds under an advisory lock while the
/// others wait for it, then find nothing left to do.
/// </summary>
internal sealed class DatabaseStartup(
    PortalDatabase database,
    IEnumerable<IStartupStep> steps,
    IServiceProvider services,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    // Any fixed number, the same on every node: "AdvIntk1" in ASCII.
    private const long MigrationLock = 0x416476496E746B31;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            await PrepareAsync(cancellationToken);
            return;
        }

        // A session lock on a connection of its own: released when the connection closes, even if this node dies.
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLock})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await PrepareAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLock})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using (var db = database.CreateMigrationContext(services))
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers go on while a question is being saved; the setting is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        foreach (var step in steps.OrderBy(s => s.Order))
        {
            await step.RunAsync(cancellationToken);
        }

        logger.LogInformation("Database ready ({Provider})", database.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
