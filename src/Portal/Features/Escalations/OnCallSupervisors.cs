using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Escalations;

/// <summary>The accounts of the supervisors to tell about an escalation now.</summary>
public sealed class OnCallSupervisors(IOptions<OnCallOptions> options, ILogger<OnCallSupervisors> logger)
{
    public async Task<IReadOnlyList<string>> AtAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var supervisors = await (from u in db.Users
                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where !u.IsDisabled && r.Name == StaffRoles.Supervisor
                                 select new { u.Id, u.NormalizedEmail }).ToListAsync(cancellationToken);
        var onCall = options.Value.ToRota().OnCallAt(now).Select(e => e.ToUpperInvariant()).ToHashSet();
        var chosen = supervisors.Where(s => s.NormalizedEmail is not null && onCall.Contains(s.NormalizedEmail)).Select(s => s.Id).ToList();
        if (chosen.Count > 0)
        {
            return chosen;
        }

        // Nobody on call, or the rota names someone who is not an active supervisor: an escalation must reach someone.
        if (onCall.Count > 0)
        {
            logger.LogWarning("The on-call rota names no active supervisor for now; every supervisor is told instead.");
        }

        return [.. supervisors.Select(s => s.Id).Order(StringComparer.Ordinal)];
    }
}
