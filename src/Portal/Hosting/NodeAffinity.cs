using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Hosting;

/// <summary>This node's name among several behind one proxy (deploy/, docs/operations.md).</summary>
public sealed class NodeOptions
{
    public const string Section = "Node";

    /// <summary>Unset on a single node: no affinity cookie is written.</summary>
    public string? Name { get; set; }

    /// <summary>How long a stopping node waits for requests in flight (a question being sent) before it exits.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a stopping node goes on serving while /readyz says 503, before it stops listening: set it to what an
    /// active health checker needs to take the node out (two of its intervals). Nothing is needed behind nginx's
    /// passive checks, which skip a node the moment it refuses a connection.
    /// </summary>
    public int DrainSeconds { get; set; }
}

/// <summary>
/// Staff pages keep a live connection (a circuit) on the node that drew them, so the proxy must send a staff member's
/// browser back to the same node. Open-source nginx cannot set a cookie of its own for that, so the node names itself
/// in one (<see cref="CookieName"/>) and the proxy routes by it; when that node stops, the proxy sends the browser to
/// another, which renames it. The cookie holds the node's name and nothing else. Public pages keep no connection and
/// get no cookie.
/// </summary>
public static class NodeAffinity
{
    /// <summary>Letters and an underscore only: nginx reads it as the variable <c>$cookie_adviceintake_node</c>.</summary>
    public const string CookieName = "adviceintake_node";

    private static readonly string[] StaffPaths = ["/staff", "/Account", "/_blazor", "/hangfire"];

    public static IServiceCollection AddNodeOperation(this IServiceCollection services)
    {
        services.AddOptions<NodeOptions>().BindConfiguration(NodeOptions.Section);
        services.AddOptions<HostOptions>().Configure<IOptions<NodeOptions>>((host, node) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(Math.Clamp(node.Value.ShutdownTimeoutSeconds, 1, 600) + Math.Clamp(node.Value.DrainSeconds, 0, 300)));
        services.AddHostedService<NodeDrain>();
        return services.AddReadinessChecks();
    }

    public static IApplicationBuilder UseNodeAffinity(this IApplicationBuilder app)
    {
        var name = app.ApplicationServices.GetRequiredService<IOptions<NodeOptions>>().Value.Name;
        if (string.IsNullOrWhiteSpace(name))
        {
            return app;
        }

        var secure = app.ApplicationServices.GetRequiredService<IOptions<TransportOptions>>().Value.RequireHttps;
        return app.Use((context, next) =>
        {
            if (StaffPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                && context.Request.Cookies[CookieName] != name)
            {
                context.Response.Cookies.Append(CookieName, name, new CookieOptions
                {
                    HttpOnly = true,
                    Secure = secure,
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                    IsEssential = true,
                });
            }

            return next(context);
        });
    }
}
