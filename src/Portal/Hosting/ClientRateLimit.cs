using System.Threading.RateLimiting;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// So many tries per client (<see cref="ClientKey"/>) in a window that slides in steps, in memory on each node. Each
/// use (questions sent, sign-ins tried) is a class of its own, so that each can be given its own settings.
/// </summary>
public abstract class ClientRateLimit(int permits, TimeSpan window, int segments) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = segments,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one of the client's tries; false when they have used them all for now.</summary>
    public bool TryTake(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
