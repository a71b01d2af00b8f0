using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AdviceIntake.Portal.Hosting;

public static class HealthEndpoint
{
    /// <summary>/healthz: 200 when the database answers, 503 when it does not; the body names each check and nothing more.</summary>
    public static IEndpointConventionBuilder MapHealthz(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                }));
            },
        });
}
