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

    /// <summary>Supervisors and Admins must enrol an authenticator app or a passkey before using staff pages.</summary>
    public bool RequireSecondFactorForPrivilegedRoles { get; set; } = true;
}
