using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// How many questions each client has sent lately, in memory on each node, in a window that slides in six steps.
/// A flood from many addresses at once is not stopped here: supervisors are alerted to it on the queue.
/// </summary>
public sealed class SubmissionLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SubmissionLimiter(IOptions<IntakeOptions> options)
    {
        var settings = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetSlidingWindowLimiter(client, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = settings.SubmissionsPerClient,
                Window = settings.SubmissionWindow,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Takes one of the client's sends; false when they have used them all for now.</summary>
    public bool TryTake(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
