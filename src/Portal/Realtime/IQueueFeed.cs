namespace AdviceIntake.Portal.Realtime;

/// <summary>
/// Tells every open dashboard, on every node, that the queue changed. A use case publishes after it has saved;
/// a component subscribes after its first render and disposes the subscription when it goes.
/// </summary>
public interface IQueueFeed
{
    Task PublishAsync(QueueChange change, CancellationToken cancellationToken = default);

    IDisposable Subscribe(Func<QueueChange, Task> onChange);

    /// <summary>Whether this node hears changes made on every node now; readiness (/readyz) reports it.</summary>
    bool IsListening { get; }
}
