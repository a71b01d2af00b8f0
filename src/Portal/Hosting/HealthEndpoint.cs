using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// /healthz for liveness and /readyz for readiness, as a load balancer or systemd watchdog asks them. Liveness says only
/// that the process answers: a node that lost PostgreSQL must not be restarted for it, it recovers by itself when the
/// database returns. Readiness says whether the node should be sent people now. Both bodies name each check and
/// nothing more.
/// </summary>
public static class HealthEndpoint
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        // One instance, so that once the migrations are found applied they are not looked for again.
        services.AddSingleton<MigrationsApplied>();
        services.AddHealthChecks()
            .AddCheck<MigrationsApplied>("migrations", tags: [ReadyTag])
            .AddCheck<QueueFeedListening>("queue-feed", tags: [ReadyTag])
            .AddCheck<NotStopping>("not-stopping", tags: [ReadyTag]);
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = Write });
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
