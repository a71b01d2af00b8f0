using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Referrals;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Data;

/// <summary>
/// Brings the database to the current schema and puts in the data every environment needs, before the portal
/// takes its first request (hosted services start before the server listens).
/// </summary>
internal sealed class DatabaseStartup(
    PortalDatabase database,
    SeedStaffRoles roles,
    SeedNationalCrisisLines crisisLines,
    SeedDevelopmentAccounts demoAccounts,
    SealLegacyQuestionData legacyQuestions,
    IHostEnvironment environment,
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

        await roles.RunAsync();
        await crisisLines.RunAsync(cancellationToken);
        await legacyQuestions.RunAsync(cancellationToken);
        if (environment.IsDevelopment())
        {
            await demoAccounts.RunAsync();
        }

        logger.LogInformation("Database ready ({Provider})", database.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
