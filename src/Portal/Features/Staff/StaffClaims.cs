using System.Security.Claims;

namespace AdviceIntake.Portal.Features.Staff;

public static class StaffClaims
{
    /// <summary>Present when this sign-in used a passkey or an authenticator code, not when one is merely enrolled.</summary>
    public const string SecondFactor = "adviceintake:second_factor";

    public static Claim SecondFactorUsed() => new(SecondFactor, "true");

    public static bool HasSecondFactor(ClaimsPrincipal user) => user.HasClaim(c => c.Type == SecondFactor);

    public const string DisplayName = "adviceintake:display_name";

    /// <summary>The server-side session this sign-in belongs to (see <see cref="StaffSessions"/>).</summary>
    public const string Session = "adviceintake:session";

    public static Guid? SessionOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Session), out var id) ? id : null;

    /// <summary>Present while the account still has the password an Admin gave it.</summary>
    public const string MustChangePassword = "adviceintake:must_change_password";
}
