using System.Security.Claims;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// The signed-in staff member, as use cases need them: who, by what name, whether they supervise, and whether they
/// manage staff accounts. Use cases check these themselves; a page's policy is not the only guard.
/// </summary>
public sealed record StaffMember(string Id, string DisplayName, bool IsSupervisor, bool IsAdmin = false)
{
    public static StaffMember From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A staff page was reached without a signed-in staff member.");
        return new StaffMember(id, user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? "Staff member",
            user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Admin),
            user.IsInRole(StaffRoles.Admin));
    }
}
