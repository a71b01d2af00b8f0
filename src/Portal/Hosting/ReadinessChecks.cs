using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdviceIntake.Portal.Hosting;

/// <summary>Every migration this build knows is in the database. Once true it stays true: migrations never go away.</summary>
internal sealed class MigrationsApplied(PortalDatabase database, IServiceProvider services) : IHealthCheck
{
    private volatile bool applied;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!applied)
        {
            // The migration history is the provider's own (decision 1), so its context is asked.
            await using var db = database.CreateMigrationContext(services);
            applied = !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        }

        return applied ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Migrations are still to be applied.");
    }
}

/// <summary>The node hears queue changes from every node, so its dashboards are live.</summary>
internal sealed class QueueFeedListening(IQueueFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(feed.IsListening ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Not listening for queue changes."));
}

/// <summary>A node that has been asked to stop takes no one new, while it finishes what it has.</summary>
internal sealed class NotStopping(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Unhealthy("Stopping.") : HealthCheckResult.Healthy());
}
