using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>A supervisor gives a question to a counselor, whether or not someone is already on it.</summary>
public sealed class ReassignQuestion(QuestionChanges changes, IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<CaseActionResult> HandleAsync(Guid questionId, string? counselorId, StaffMember supervisor, CancellationToken cancellationToken = default)
    {
        if (!supervisor.IsSupervisor)
        {
            return CaseActionResult.Refused("Only a supervisor can give a question to someone else.");
        }

        if (string.IsNullOrEmpty(counselorId) || !await IsActiveCounselorAsync(counselorId, cancellationToken))
        {
            return new CaseActionResult([new("Counselor", "Choose a counselor whose account is active.")]);
        }

        return await changes.ApplyAsync(questionId, QueueChangeKind.Reassigned,
            q => q.Reassign(counselorId, supervisor.Id, clock.GetUtcNow()), cancellationToken);
    }

    private async Task<bool> IsActiveCounselorAsync(string counselorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where u.Id == counselorId && !u.IsDisabled && r.Name == StaffRoles.Counselor
                      select u.Id).AnyAsync(cancellationToken);
    }
}
