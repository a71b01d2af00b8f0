using System.ComponentModel.DataAnnotations;

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
}
