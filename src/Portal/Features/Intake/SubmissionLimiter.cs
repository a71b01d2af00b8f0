using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// How many questions each client has sent lately. A flood from many addresses at once is not stopped here:
/// supervisors are alerted to it on the queue.
/// </summary>
public sealed class SubmissionLimiter(IOptions<IntakeOptions> options)
    : ClientRateLimit(options.Value.SubmissionsPerClient, options.Value.SubmissionWindow, segments: 6);
