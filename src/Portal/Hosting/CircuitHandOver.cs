using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// When a node is asked to stop (SIGTERM), the staff pages' live connections (Blazor circuits, long-held WebSockets) are
/// closed as soon as the node stops listening (after its drain, <see cref="NodeDrain"/>), so each page reconnects
/// through the proxy to another node at once and reloads there, keeping its place from its address. Left alone, the
/// server would wait for them until its shutdown timeout and leave the dashboards on a node that is going away. Once
/// the node no longer listens, no new one arrives.
/// </summary>
public static class CircuitHandOver
{
    // The host tells the server to stop listening right after the stopping signal and the drain; closing a little later
    // means the pages' first attempt to reconnect already finds this node gone and goes to another.
    private static readonly TimeSpan ListenerGone = TimeSpan.FromMilliseconds(250);

    public static IApplicationBuilder UseCircuitHandOver(this IApplicationBuilder app)
    {
        var lifetime = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>();
        var drain = TimeSpan.FromSeconds(Math.Max(0, app.ApplicationServices.GetRequiredService<IOptions<NodeOptions>>().Value.DrainSeconds));
        var open = new ConcurrentDictionary<HttpContext, byte>();
        lifetime.ApplicationStopping.Register(() => _ = Task.Delay(drain + ListenerGone).ContinueWith(_ =>
        {
            foreach (var context in open.Keys)
            {
                context.Abort();
            }
        }, TaskScheduler.Default));

        return app.UseWhen(context => context.Request.Path.StartsWithSegments("/_blazor"), circuits => circuits.Use(async (context, next) =>
        {
            open.TryAdd(context, 0);
            try
            {
                await next(context);
            }
            finally
            {
                open.TryRemove(context, out _);
            }
        }));
    }
}
