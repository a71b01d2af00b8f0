using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>Cases escalated that no supervisor has taken yet (<see cref="Question.AwaitsSupervisor"/>), oldest first: for supervisors only.</summary>
public sealed class ListEscalations(IDbContextFactory<PortalDbContext> contexts)
{
    public sealed record Escalation(Guid QuestionId, string Reference, DateTimeOffset At, EscalationReason Reason)
    {
        public string Why => QuestionWords.Escalation(Reason);
    }

    public async Task<IReadOnlyList<Escalation>> HandleAsync(StaffMember viewer, CancellationToken cancellationToken = default)
    {
        if (!viewer.IsSupervisor)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Questions.AsNoTracking()
            .Where(Question.AwaitsSupervisor)
            .Select(q => new { q.Id, q.Reference, At = q.EscalatedAt!.Value, Reason = q.EscalationReason ?? EscalationReason.CrisisProtocol })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.At).Select(r => new Escalation(r.Id, r.Reference.ToString(), r.At, r.Reason))];
    }
}
