using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.FollowUps;

/// <summary>Counselors see the planned follow-ups on the case and cancel them, move them, or mark a counselor task done.</summary>
public sealed class ChangeFollowUp(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public sealed record Row(Guid Id, FollowUpKind Kind, DateTimeOffset DueAt, FollowUpState State, DateTimeOffset? DoneAt);

    public async Task<IReadOnlyList<Row>> ListAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.QuestionId == questionId)
            .Select(f => new Row(f.Id, f.Kind, f.DueAt, f.State, f.DoneAt))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DueAt)];
    }

    public Task<CaseActionResult> CancelAsync(Guid followUpId, StaffMember staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(followUpId, staff, (f, now) =>
        {
            f.Cancel(staff.Id);
            return CaseEvent.FollowUp(f.QuestionId, done: false, What(f.Kind), staff.Id, now);
        }, cancellationToken);

    public Task<CaseActionResult> CompleteAsync(Guid followUpId, StaffMember staff, CancellationToken cancellationToken = default) =>
        ChangeAsync(followUpId, staff, (f, now) =>
        {
            if (f.Kind != FollowUpKind.CounselorTask)
            {
                throw new LifecycleException("A check-in email is sent by the service on its day.");
            }

            f.Complete(now);
            return CaseEvent.FollowUp(f.QuestionId, done: true, What(f.Kind), staff.Id, now);
        }, cancellationToken);

    public Task<CaseActionResult> MoveAsync(Guid followUpId, DateOnly? day, StaffMember staff, CancellationToken cancellationToken = default) =>
        day is not { } date
            ? Task.FromResult(new CaseActionResult([new FieldError("DueAt", "Choose the day it should happen.")]))
            : ChangeAsync(followUpId, staff, (f, now) =>
            {
                f.MoveTo(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), staff.Id, now);
                return null;
            }, cancellationToken);

    private static string What(FollowUpKind kind) => kind == FollowUpKind.CheckInEmail ? "check-in email" : "counselor check";

    private async Task<CaseActionResult> ChangeAsync(Guid followUpId, StaffMember staff, Func<FollowUp, DateTimeOffset, CaseEvent?> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == followUpId, cancellationToken);
        if (followUp is null)
        {
            return CaseActionResult.Refused("This follow-up no longer exists.");
        }

        var question = await db.Questions.AsNoTracking().Where(q => q.Id == followUp.QuestionId).Select(q => new { q.AssigneeId }).SingleAsync(cancellationToken);
        if (!staff.IsSupervisor && question.AssigneeId != staff.Id)
        {
            return CaseActionResult.Refused("Only the counselor who answered this question or a supervisor can change its follow-ups.");
        }

        try
        {
            if (change(followUp, clock.GetUtcNow()) is { } history)
            {
                db.CaseEvents.Add(history);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (followUp is { State: FollowUpState.Planned, Kind: FollowUpKind.CheckInEmail })
            {
                // Moved: the job scheduled for its old time finds nothing due then.
                DispatchDueFollowUps.ScheduleAt(jobs, followUp.DueAt);
            }
        }
        catch (LifecycleException e)
        {
            return CaseActionResult.Refused(e.Message);
        }
        catch (DomainValidationException e)
        {
            return new CaseActionResult(e.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseActionResult.Refused(QuestionChanges.ChangedMeanwhile);
        }

        return CaseActionResult.Done;
    }
}
