namespace AdviceIntake.Portal.Features.Staff;

public static class StaffRoles
{
    public const string Counselor = "Counselor";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Counselor, Supervisor, Admin];
}
