using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Escalations;

/// <summary>
/// Owes every supervisor on call an email about each case on the escalation list they have not been told of. Called at
/// once when a case is escalated and again every minute, so a crash in between loses nothing, and an escalation nobody
/// has taken reaches the next supervisor when the shift changes. Each email's key (case, escalation, supervisor) makes
/// it owed once, however many nodes ask.
/// </summary>
public sealed class NotifyOnCall(IDbContextFactory<PortalDbContext> contexts, OnCallSupervisors onCall, OweStaffEmails owe, TimeProvider clock)
{
    public async Task<int> HandleAsync(Guid? questionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var escalated = await db.Questions.AsNoTracking()
            .Where(Question.AwaitsSupervisor)
            .Where(q => questionId == null || q.Id == questionId)
            .Select(q => new { q.Id, At = q.EscalatedAt!.Value })
            .ToListAsync(cancellationToken);
        if (escalated.Count == 0)
        {
            return 0;
        }

        var supervisors = await onCall.AtAsync(db, now, cancellationToken);
        return await owe.HandleAsync(db, [.. from q in escalated
                                             from staffId in supervisors
                                             select OutboxMessage.QueueForStaff(staffId, MessageKind.Escalation, q.Id, $"escalation:{q.Id:N}:{q.At.UtcTicks}:{staffId}", now)],
            cancellationToken);
    }
}
