namespace AdviceIntake.Portal.Features.Staff;

public static class StaffRoles
{
    public const string Counselor = "Counselor";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Counselor, Supervisor, Admin];

    /// <summary>Roles that see more than their own cases; they must sign in with a second factor outside Development.</summary>
    public static readonly IReadOnlyList<string> Privileged = [Supervisor, Admin];
}
