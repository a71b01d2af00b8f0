namespace AdviceIntake.Portal.Realtime;

/// <summary>The feed of the embedded default: one node, so a change goes straight to this node's dashboards.</summary>
internal sealed class InProcessQueueFeed(QueueSubscribers subscribers) : IQueueFeed
{
    public Task PublishAsync(QueueChange change, CancellationToken cancellationToken = default)
    {
        subscribers.Deliver(change);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(Func<QueueChange, Task> onChange) => subscribers.Add(onChange);

    /// <summary>One node hears itself as long as it runs.</summary>
    public bool IsListening => true;
}
