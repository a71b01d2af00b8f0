using System.ComponentModel.DataAnnotations;
using AdviceIntake.Domain.Staff;

namespace AdviceIntake.Portal.Features.Staff;

public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>
    /// How often a signed-in session is checked against the account; a disabled account's open sessions end within it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SessionRevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Every staff member reaches staff pages only after signing in with a passkey or an authenticator code; a password
    /// alone is not enough, whatever the account has enrolled. Only Development (and the test host) may switch it off.
    /// </summary>
    public bool RequireSecondFactor { get; set; } = true;

    /// <summary>A session with no keystroke, click or page load for this long ends, in every open page.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "08:00:00")]
    public TimeSpan IdleTimeout { get; set; } = SessionLimits.Default.IdleTimeout;

    /// <summary>However active, a session ends this long after signing in.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "24:00:00")]
    public TimeSpan AbsoluteSessionLifetime { get; set; } = SessionLimits.Default.AbsoluteLifetime;

    /// <summary>How long before a session ends its pages warn, offering to stay signed in.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan SessionWarning { get; set; } = SessionLimits.Default.Warning;

    /// <summary>
    /// Password sign-ins one client (one address: an office may share one) may try in five minutes before it is turned
    /// away unchecked.
    /// </summary>
    [Range(1, 1_000_000)]
    public int SignInAttemptsPerClient { get; set; } = 30;

    public SessionLimits SessionLimits => new(IdleTimeout, AbsoluteSessionLifetime, SessionWarning);
}
