using System.Collections.Immutable;

namespace AdviceIntake.Portal.Realtime;

/// <summary>
/// The subscribers on this node, and delivery to them: one slow or failing dashboard never holds up the rest.
/// The presence board hears every change first, so a page that re-renders on a presence change reads it up to date.
/// </summary>
internal sealed partial class QueueSubscribers(PresenceBoard presence, ILogger<QueueSubscribers> logger)
{
    private ImmutableArray<Func<QueueChange, Task>> handlers = [];

    public IDisposable Add(Func<QueueChange, Task> onChange)
    {
        ImmutableInterlocked.Update(ref handlers, list => list.Add(onChange));
        return new Subscription(() => ImmutableInterlocked.Update(ref handlers, list => list.Remove(onChange)));
    }

    public void Deliver(QueueChange change)
    {
        presence.Apply(change);
        foreach (var handler in handlers)
        {
            _ = DeliverOneAsync(handler, change);
        }
    }

    private async Task DeliverOneAsync(Func<QueueChange, Task> handler, QueueChange change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception e)
        {
            LogDeliveryFailed(logger, e, change.Kind);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A queue subscriber failed on a {Kind} change")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, QueueChangeKind kind);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
