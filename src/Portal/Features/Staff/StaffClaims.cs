namespace AdviceIntake.Portal.Features.Staff;

public static class StaffClaims
{
    /// <summary>Present when the account has an authenticator app or a passkey enrolled.</summary>
    public const string SecondFactor = "adviceintake:second_factor";

    public const string DisplayName = "adviceintake:display_name";
}
