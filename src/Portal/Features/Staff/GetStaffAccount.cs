using AdviceIntake.Domain.Staff;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>One staff account as an Admin edits it. Anyone else is told nothing, as if there were no such account.</summary>
public sealed class GetStaffAccount(IDbContextFactory<PortalDbContext> contexts)
{
    public sealed record Account(string Id, string Email, IReadOnlyList<string> Roles, CounselorProfile? Profile, bool IsDisabled, DateTimeOffset CreatedAt);

    public async Task<Account?> HandleAsync(StaffMember caller, string userId, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdmin)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(cancellationToken);
        return new Account(user.Id, user.Email ?? user.Id, roles, user.Profile, user.IsDisabled, user.CreatedAt);
    }
}
