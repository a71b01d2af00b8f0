using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Features.Escalations;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Hangfire;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// The crisis protocol on a High or Crisis case: escalate to the supervisors at once, record the safeguarding checklist,
/// and send the person a short urgent message they see first on the status page. Any staff member on the case may use
/// it; a supervisor takes the escalation.
/// </summary>
public sealed class CrisisProtocol(QuestionChanges changes, QuestionProtector protector, NotifyOnCall notify, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const string SuggestedMessage =
        "We have read your question and we are worried about your safety. Please call or text 988 now, or call 911 if you are in danger right now. Your full answer will follow.";

    public sealed record Checklist(bool? DangerNow, bool? EmergencyServices, bool? ChildReport, bool? ElderReport, string? Notes);

    public async Task<CaseActionResult> EscalateAsync(Guid questionId, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var result = await changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged, q => q.Escalate(staff.Id, clock.GetUtcNow()), cancellationToken);
        if (result.Succeeded)
        {
            // Emailed now; the minute sweep (EscalateOverdueQuestions) owes it again if this is lost.
            await notify.HandleAsync(questionId, cancellationToken);
        }

        return result;
    }

    public Task<CaseActionResult> TakeEscalationAsync(Guid questionId, StaffMember supervisor, CancellationToken cancellationToken = default) =>
        supervisor.IsSupervisor
            ? changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged, q => q.TakeEscalation(supervisor.Id, clock.GetUtcNow()), cancellationToken)
            : Task.FromResult(CaseActionResult.Refused("Only a supervisor takes an escalation."));

    public Task<CaseActionResult> RecordChecklistAsync(Guid questionId, Checklist answers, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        if (answers.DangerNow is null)
        {
            errors.Add(new FieldError(nameof(Checklist.DangerNow), "Say whether the person is in danger now, as far as you can tell."));
        }

        if (answers.EmergencyServices is null)
        {
            errors.Add(new FieldError(nameof(Checklist.EmergencyServices), "Say whether emergency services are needed."));
        }

        var notes = string.Empty;
        if (!string.IsNullOrWhiteSpace(answers.Notes))
        {
            try
            {
                notes = CaseEvent.CheckNote(answers.Notes);
            }
            catch (DomainValidationException e)
            {
                errors.AddRange(e.Errors.Select(error => error with { Field = nameof(Checklist.Notes) }));
            }
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(new CaseActionResult(errors));
        }

        var summary = $"Danger now: {QuestionWords.YesNo(answers.DangerNow)}. Emergency services needed: {QuestionWords.YesNo(answers.EmergencyServices)}. " +
            $"Mandated report to consider: {(answers.ChildReport == true ? "a child" : answers.ElderReport == true ? "an elder" : "none")}{(answers.ChildReport == true && answers.ElderReport == true ? " and an elder" : string.Empty)}." +
            (notes.Length > 0 ? $" {notes}" : string.Empty);
        return changes.ApplyAsync(questionId, QueueChangeKind.NoteAdded, q => q.RecordSafeguarding(protector.SealNote(summary), staff.Id, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<CaseActionResult> SendUrgentMessageAsync(Guid questionId, string? message, StaffMember staff, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = Question.CheckUrgentMessage(message);
        }
        catch (DomainValidationException e)
        {
            return new CaseActionResult(e.Errors);
        }

        // The person reads it as their counselor's words: only the counselor on the case or a supervisor writes it.
        OutboxMessage? email = null;
        var result = await changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged, (q, db) =>
        {
            if (!staff.IsSupervisor && q.AssigneeId != staff.Id)
            {
                throw new LifecycleException("Only the counselor on this case or a supervisor can send the person an urgent message.");
            }

            var now = clock.GetUtcNow();
            q.SendUrgentMessage(protector.SealNote(text), staff.Id, now);

            // Someone in danger tonight may not look at the status page again: the address they said is safe gets the
            // neutral note that an update is waiting.
            if (q.HasEmail && !q.ContactStopped)
            {
                email = OutboxMessage.Queue(q.Id, MessageKind.UrgentUpdate, now);
                db.OutboxMessages.Add(email);
            }
        }, cancellationToken);
        if (result.Succeeded && email is { } owed)
        {
            jobs.Enqueue<DeliverEmail>(job => job.HandleAsync(owed.Id, CancellationToken.None));
        }

        return result;
    }
}
