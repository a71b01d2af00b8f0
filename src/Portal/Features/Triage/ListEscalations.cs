using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// Cases escalated that no supervisor has taken yet (<see cref="Question.AwaitsSupervisor"/>), for supervisors only: what
/// staff flagged or escalated by hand first, since a person asked for them, then the response clock's; oldest first in each.
/// </summary>
public sealed class ListEscalations(IDbContextFactory<PortalDbContext> contexts)
{
    /// <param name="ByName">Who flagged or escalated it; null when the response clock did.</param>
    public sealed record Escalation(Guid QuestionId, string Reference, DateTimeOffset At, EscalationReason Reason, string? ByName)
    {
        public string Why => QuestionWords.Escalation(Reason);

        public bool ByStaff => Reason is EscalationReason.Flagged or EscalationReason.CrisisProtocol;
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
            .Select(q => new
            {
                q.Id,
                q.Reference,
                At = q.EscalatedAt!.Value,
                Reason = q.EscalationReason ?? EscalationReason.CrisisProtocol,
                By = db.CaseEvents.Where(e => e.QuestionId == q.Id && (e.Kind == CaseEventKind.Escalated || e.Kind == CaseEventKind.FlaggedForSupervisor))
                    .OrderByDescending(e => e.At).Select(e => e.ActorId).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, rows.Select(r => r.By), cancellationToken);
        return [.. rows.Select(r => new Escalation(r.Id, r.Reference.ToString(), r.At, r.Reason, names.Of(r.By)))
            .OrderBy(e => e.ByStaff ? 0 : 1).ThenBy(e => e.At)];
    }
}
