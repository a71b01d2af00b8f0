using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// Opens a case for a staff member: the question in words, its screening, risk and history. The view is written to
/// the audit trail before anything is decrypted, so no one reads a question without it being recorded; each page's
/// opening of a case is one entry (see <see cref="CaseViewing"/>).
/// </summary>
public sealed class OpenCase(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, AuditTrail audit, TimeProvider clock)
{
    public sealed record Case(
        Guid Id,
        string Reference,
        string Title,
        string Text,
        string PenName,
        bool HasEmail,
        Topic Topic,
        AgeRange? AgeRange,
        string? State,
        string? Language,
        bool ConsentsToFollowUp,
        bool ConsentsToPublication,
        ScreeningAnswers Screening,
        RiskLevel AssessedRisk,
        RiskLevel Risk,
        IReadOnlyList<RiskReason> Reasons,
        Override? RiskOverride,
        QuestionStatus Status,
        string? AssigneeId,
        string? AssigneeName,
        DateTimeOffset SubmittedAt,
        DateTimeOffset DueAt,
        IReadOnlyList<TimelineEntry> Timeline,
        bool ContactStopped = false,
        DateTimeOffset? EscalatedAt = null,
        string? UrgentMessage = null,
        EscalationReason? EscalationReason = null);

    public sealed record Override(RiskLevel Level, string Reason, string ByName, DateTimeOffset At);

    public sealed record TimelineEntry(DateTimeOffset At, CaseEventKind Kind, string? ActorName, string? SubjectName, string? Detail, string? Note);

    public async Task<Case?> HandleAsync(Guid questionId, StaffMember viewer, CaseViewing viewing, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);

        // An erased question has nothing left to read: the page says it no longer exists.
        if (question is null || question.ErasedAt is not null)
        {
            return null;
        }

        if (viewing.TryReserve(questionId))
        {
            try
            {
                // The case's own history and the tamper-evident trail are written together, or neither is.
                db.CaseEvents.Add(CaseEvent.Viewed(questionId, viewer.Id, clock.GetUtcNow()));
                await audit.SaveWithAsync(db, AuditAction.CaseViewed, viewer.Id, questionId.ToString(), question.Reference.ToString(), cancellationToken);
            }
            catch
            {
                viewing.Release(questionId);
                throw;
            }
        }

        var events = await CaseHistory.ForAsync(db, questionId, viewer, cancellationToken);
        var names = await StaffNames.LoadAsync(db,
            events.SelectMany(e => new[] { e.ActorId, e.SubjectId }).Append(question.AssigneeId).Append(question.RiskOverride?.By), cancellationToken);

        var o = question.RiskOverride;
        var title = protector.OpenTitle(question.Sealed);
        var text = protector.OpenText(question.Sealed);
        var screening = protector.OpenScreening(question.Sealed);
        return new Case(
            question.Id,
            question.Reference.ToString(),
            title,
            text,
            protector.OpenPenName(question.Sealed),
            question.HasEmail,
            question.Topic,
            question.AgeRange,
            question.State,
            question.Language,
            question.ConsentsToFollowUp,
            question.ConsentsToPublication,
            screening,
            question.RiskLevel,
            question.EffectiveRiskLevel,
            RiskAssessor.Assess(screening, title, text).QuoteInto(question.RiskReasons),
            o is null ? null : new Override(o.Level, protector.OpenNote(o.SealedReason), names.Of(o.By) ?? "A supervisor", o.At),
            question.Status,
            question.AssigneeId,
            names.Of(question.AssigneeId),
            question.SubmittedAt,
            question.DueAt,
            [.. WithReadingsTogether(events).Select(e => new TimelineEntry(e.Event.At, e.Event.Kind, names.Of(e.Event.ActorId), names.Of(e.Event.SubjectId),
                e.Readings > 1 ? $"{e.Readings} times" : e.Event.Detail, e.Event.SealedNote is null ? null : protector.OpenNote(e.Event.SealedNote)))],
            question.ContactStopped,
            question.EscalatedAt,
            protector.OpenUrgentMessage(question.SealedUrgentMessage),
            question.EscalationReason);
    }

    /// <summary>
    /// One line for a run of readings by the same person with nothing else between (each reload is a reading in the audit
    /// trail, but the history would otherwise fill with them), dated by the latest.
    /// </summary>
    private static IEnumerable<(CaseEvent Event, int Readings)> WithReadingsTogether(IReadOnlyList<CaseEvent> newestFirst)
    {
        for (var i = 0; i < newestFirst.Count; i++)
        {
            var e = newestFirst[i];
            var readings = 1;
            while (e.Kind == CaseEventKind.Viewed && i + 1 < newestFirst.Count
                   && newestFirst[i + 1].Kind == CaseEventKind.Viewed && newestFirst[i + 1].ActorId == e.ActorId)
            {
                readings++;
                i++;
            }

            yield return (e, readings);
        }
    }
}
