using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.FollowUps;

/// <summary>
/// Counselor checks that are due: an answered case leaves the queue, so the queue says which ones wait. A counselor
/// sees the cases they answered; a supervisor sees all.
/// </summary>
public sealed class ListDueChecks(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public sealed record DueCheck(Guid QuestionId, string Reference, DateTimeOffset DueAt);

    public async Task<IReadOnlyList<DueCheck>> HandleAsync(StaffMember viewer, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from f in db.FollowUps.AsNoTracking()
                join q in db.Questions.AsNoTracking() on f.QuestionId equals q.Id
                where f.Kind == FollowUpKind.CounselorTask && f.State == FollowUpState.Planned && f.DueAt <= now && q.ErasedAt == null
                    && (viewer.IsSupervisor || q.AssigneeId == viewer.Id)
                select new { q.Id, q.Reference, f.DueAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DueAt).Select(r => new DueCheck(r.Id, r.Reference.ToString(), r.DueAt))];
    }
}
