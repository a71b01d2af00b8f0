using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Failed password sign-ins per client (address, or IPv6 /64), in memory on each node, over five minutes. Accounts
/// have their own lock-out after 5 wrong passwords; this stops one client trying many addresses or flooding the trail.
/// </summary>
public sealed class SignInAttempts(IOptions<StaffOptions> options) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInFailuresPerClient,
            Window = Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Whether the client may try again now; asking takes nothing.</summary>
    public bool MayTry(string client)
    {
        using var lease = limiter.AttemptAcquire(client, 0);
        return lease.IsAcquired;
    }

    public void CountFailure(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
    }

    public void Dispose() => limiter.Dispose();
}
