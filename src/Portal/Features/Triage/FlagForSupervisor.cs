using AdviceIntake.Portal.Features.Escalations;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// Anyone on the staff asks a supervisor to look at a case, with a reason. It joins the escalation list at the top of
/// every supervisor's queue, and the supervisors on call are emailed as for any escalation.
/// </summary>
public sealed class FlagForSupervisor(QuestionChanges changes, QuestionProtector protector, NotifyOnCall notify, TimeProvider clock)
{
    public async Task<CaseActionResult> HandleAsync(Guid questionId, string? reason, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var result = await changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged,
            q => q.FlagForSupervisor(reason, protector.SealNote, staff.Id, clock.GetUtcNow()), cancellationToken);
        if (result.Succeeded)
        {
            await notify.HandleAsync(questionId, cancellationToken);
        }

        return result;
    }
}
