using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Data;

/// <summary>
/// Brings the database to the current schema, then runs the start-up steps the features registered
/// (<see cref="IStartupStep"/>), before the portal takes its first request (hosted services start before the server listens).
/// </summary>
internal sealed class DatabaseStartup(
    PortalDatabase database,
    IEnumerable<IStartupStep> steps,
    IServiceProvider services,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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
