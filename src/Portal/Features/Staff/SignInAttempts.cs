using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Password sign-in attempts per client (address, or IPv6 /64), in memory on each node, over five minutes. Accounts
/// have their own lock-out after 5 wrong passwords; this stops one client trying many addresses or flooding the trail.
/// </summary>
public sealed class SignInAttempts(IOptions<StaffOptions> options) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttemptsPerClient,
            Window = Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one of the client's attempts; false when they have used them all for now.</summary>
    public bool TryTake(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
