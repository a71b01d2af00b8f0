using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Staff accounts with their roles and licences, for Admins and supervisors (who audit and reassign); a counselor is
/// given none. The counselors a question can be given to are listed for any staff member.
/// </summary>
public sealed class ListStaffAccounts(IDbContextFactory<PortalDbContext> contexts)
{
    public sealed record Row(
        string Id,
        string Email,
        string? DisplayName,
        string? Credentials,
        IReadOnlyList<string> Roles,
        bool IsDisabled,
        bool HasSecondFactor,
        DateOnly? LicenceExpiresOn);

    /// <summary>The people a question can be given to: active accounts with the Counselor role.</summary>
    public async Task<IReadOnlyList<Row>> ActiveCounselorsAsync(CancellationToken cancellationToken = default) =>
        [.. (await AllAsync(cancellationToken)).Where(a => !a.IsDisabled && a.Roles.Contains(StaffRoles.Counselor))];

    public async Task<IReadOnlyList<Row>> HandleAsync(StaffMember caller, CancellationToken cancellationToken = default) =>
        caller.IsSupervisor ? await AllAsync(cancellationToken) : [];

    private async Task<IReadOnlyList<Row>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var withPasskeys = await db.UserPasskeys.Select(p => p.UserId).Distinct().ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. users.Select(u => new Row(
            u.Id,
            u.Email ?? u.UserName ?? u.Id,
            u.Profile?.DisplayName,
            u.Profile?.Credentials,
            [.. rolesByUser[u.Id].OrderBy(r => StaffRoles.All.ToList().IndexOf(r))],
            u.IsDisabled,
            u.TwoFactorEnabled || withPasskeys.Contains(u.Id),
            u.Profile?.LicenceExpiresOn))];
    }
}
