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

    /// <summary>When the person last proved who they are (signing in, or confirming their password again), in Unix seconds.</summary>
    public const string AuthenticatedAt = "adviceintake:authenticated_at";

    public static Claim AuthenticatedAtClaim(DateTimeOffset at) =>
        new(AuthenticatedAt, at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DateTimeOffset? AuthenticatedAtOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AuthenticatedAt), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>What a renewed cookie keeps from the sign-in it renews: how it was proved, when, and its session.</summary>
    public static readonly string[] KeptOnRenewal = [SecondFactor, Session, AuthenticatedAt];

    /// <summary>Present while the account still has the password an Admin gave it.</summary>
    public const string MustChangePassword = "adviceintake:must_change_password";
}
