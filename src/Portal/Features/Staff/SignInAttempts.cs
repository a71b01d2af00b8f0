using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Password sign-in attempts per client over five minutes. Accounts have their own lock-out after 5 wrong passwords;
/// this stops one client trying many addresses or flooding the audit trail.
/// </summary>
public sealed class SignInAttempts(IOptions<StaffOptions> options)
    : ClientRateLimit(options.Value.SignInAttemptsPerClient, Window, segments: 5)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
}
