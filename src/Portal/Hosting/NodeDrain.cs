using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// The first step of a graceful stop: from the stop signal, /readyz answers 503 while the node keeps serving for
/// <see cref="NodeOptions.DrainSeconds"/>, so a load balancer that checks readiness takes the node out before it stops
/// listening. Then the server stops listening and <see cref="CircuitHandOver"/> hands the staff pages to another node.
/// </summary>
internal sealed class NodeDrain(IOptions<NodeOptions> options) : IHostedLifecycleService
{
    public Task StoppingAsync(CancellationToken cancellationToken) =>
        options.Value.DrainSeconds > 0 ? Task.Delay(TimeSpan.FromSeconds(options.Value.DrainSeconds), cancellationToken) : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
