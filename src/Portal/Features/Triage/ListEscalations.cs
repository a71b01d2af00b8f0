using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>Cases escalated under the crisis protocol that no supervisor has taken yet, oldest first: for supervisors only.</summary>
public sealed class ListEscalations(IDbContextFactory<PortalDbContext> contexts)
{
    public sealed record Escalation(Guid QuestionId, string Reference, DateTimeOffset At);

    public async Task<IReadOnlyList<Escalation>> HandleAsync(StaffMember viewer, CancellationToken cancellationToken = default)
    {
        if (!viewer.IsSupervisor)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Questions.AsNoTracking()
            .Where(q => q.EscalatedAt != null)
            .Select(q => new { q.Id, q.Reference, At = q.EscalatedAt!.Value })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.At).Select(r => new Escalation(r.Id, r.Reference.ToString(), r.At))];
    }
}
