using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.BackgroundWork;

/// <summary>
/// What the background work is doing, for supervisors: follow-ups due, emails by state with the ones that failed, and
/// the last run of each recurring job. Read from our own tables, which are the truth, and Hangfire's record of runs.
/// </summary>
public sealed class LoadBackgroundWork(IDbContextFactory<PortalDbContext> contexts, JobStorage jobs, TimeProvider clock)
{
    public const int ListedEmails = 50;

    public sealed record Overview(
        int CheckInsOverdue,
        int CheckInsNextWeek,
        int CounselorChecksDue,
        IReadOnlyDictionary<OutboxState, int> EmailCounts,
        IReadOnlyList<Email> Waiting,
        IReadOnlyList<Email> Failed,
        IReadOnlyList<RecurringJob> Jobs);

    public sealed record Email(Guid Id, MessageKind Kind, string Recipient, Guid? QuestionId, string? Reference, int Attempts, string? LastFailure,
        DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt);

    public sealed record RecurringJob(string Id, string Cron, DateTime? LastRun, string? LastState, DateTime? NextRun, string? Error);

    public async Task<Overview?> HandleAsync(StaffMember viewer, CancellationToken cancellationToken = default)
    {
        if (!viewer.IsSupervisor)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var nextWeek = now.AddDays(7);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var planned = await db.FollowUps.AsNoTracking()
            .Where(f => f.State == FollowUpState.Planned && f.DueAt <= nextWeek)
            .Select(f => new { f.Kind, f.DueAt })
            .ToListAsync(cancellationToken);

        var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var waiting = await ListAsync(db, [OutboxState.Pending, OutboxState.Sending], cancellationToken);
        var failed = await ListAsync(db, [OutboxState.Failed], cancellationToken);

        return new Overview(
            planned.Count(f => f.Kind == FollowUpKind.CheckInEmail && f.DueAt <= now),
            planned.Count(f => f.Kind == FollowUpKind.CheckInEmail && f.DueAt > now),
            planned.Count(f => f.Kind == FollowUpKind.CounselorTask && f.DueAt <= now),
            Enum.GetValues<OutboxState>().ToDictionary(s => s, s => counts.GetValueOrDefault(s)),
            waiting,
            failed,
            RecurringJobs());
    }

    private static async Task<IReadOnlyList<Email>> ListAsync(PortalDbContext db, OutboxState[] states, CancellationToken cancellationToken)
    {
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => states.Contains(m.State))
            .OrderBy(m => m.CreatedAt)
            .Take(ListedEmails)
            .ToListAsync(cancellationToken);
        var caseIds = messages.Where(m => m.QuestionId != null).Select(m => m.QuestionId!.Value).Distinct().ToList();
        var references = await db.Questions.AsNoTracking().Where(q => caseIds.Contains(q.Id))
            .Select(q => new { q.Id, q.Reference })
            .ToDictionaryAsync(q => q.Id, q => q.Reference.ToString(), cancellationToken);
        var names = await StaffNames.LoadAsync(db, messages.Select(m => m.StaffRecipientId), cancellationToken);

        // The person is never named here: their address is sealed, and the case reference is enough to find them.
        return [.. messages.Select(m => new Email(m.Id, m.Kind, names.Of(m.StaffRecipientId) ?? "The person who wrote in",
            m.QuestionId, m.QuestionId is { } id ? references.GetValueOrDefault(id) : null, m.Attempts, m.LastFailure, m.CreatedAt,
            m.State == OutboxState.Pending ? m.ClaimedUntil : null))];
    }

    private List<RecurringJob> RecurringJobs()
    {
        using var connection = jobs.GetConnection();
        return [.. connection.GetRecurringJobs().OrderBy(j => j.Id, StringComparer.Ordinal)
            .Select(j => new RecurringJob(j.Id, j.Cron, j.LastExecution, j.LastJobState, j.NextExecution, j.Error))];
    }
}
