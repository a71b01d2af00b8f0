using System.Security.Claims;

namespace AdviceIntake.Portal.Features.Staff;

public static class StaffClaims
{
    /// <summary>Present when this sign-in used a passkey or an authenticator code, not when one is merely enrolled.</summary>
    public const string SecondFactor = "adviceintake:second_factor";

    public static Claim SecondFactorUsed() => new(SecondFactor, "true");

    public static bool HasSecondFactor(ClaimsPrincipal user) => user.HasClaim(c => c.Type == SecondFactor);

    public const string DisplayName = "adviceintake:display_name";

    /// <summary>Present while the account still has the password an Admin gave it.</summary>
    public const string MustChangePassword = "adviceintake:must_change_password";
}
