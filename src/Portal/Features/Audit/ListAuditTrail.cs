using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Audit;

/// <summary>The audit trail for supervisors, newest first, a page at a time, narrowed by who, when, what and which case.</summary>
public sealed class ListAuditTrail(IDbContextFactory<PortalDbContext> contexts)
{
    public const int PageSize = 50;

    public const string NotPermitted = "The audit trail is for supervisors.";

    /// <param name="StaffId">Rows this staff member did, or that were done to their account.</param>
    /// <param name="From">The first day to include.</param>
    /// <param name="To">The last day to include.</param>
    /// <param name="Reference">A case's reference, with or without its dashes.</param>
    /// <param name="Page">From 1.</param>
    public sealed record Filter(
        string? StaffId = null, DateOnly? From = null, DateOnly? To = null, AuditAction? Action = null, string? Reference = null, int Page = 1);

    /// <param name="Action">None when the row holds a name the portal never writes: it was changed.</param>
    public sealed record Entry(
        long Sequence, DateTimeOffset At, AuditAction? Action, string? ActorName, string? SubjectName, Guid? QuestionId, string? Detail);

    public sealed record Result(IReadOnlyList<Entry> Entries, int Total, int Page, string? Refusal)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    /// <param name="offset">The reader's time zone, so that a day means the day they see on their calendar.</param>
    public async Task<Result> HandleAsync(StaffMember reader, Filter filter, TimeSpan offset, CancellationToken cancellationToken = default)
    {
        if (!reader.IsSupervisor)
        {
            return new Result([], 0, 1, NotPermitted);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.StaffId))
        {
            rows = rows.Where(r => r.ActorId == filter.StaffId || r.SubjectId == filter.StaffId);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), offset).ToUniversalTime();
            rows = rows.Where(r => r.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), offset).ToUniversalTime();
            rows = rows.Where(r => r.At < end);
        }

        if (filter.Action is { } action)
        {
            var name = action.ToString();
            rows = rows.Where(r => r.ActionName == name);
        }

        if (!string.IsNullOrWhiteSpace(filter.Reference))
        {
            var reference = ReferenceCode.TryParse(filter.Reference.Trim(), out var code) ? code.ToString() : filter.Reference.Trim().ToUpperInvariant();
            var viewed = nameof(AuditAction.CaseViewed);
            rows = rows.Where(r => r.ActionName == viewed && r.Detail == reference);
        }

        var total = await rows.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var found = await rows.OrderByDescending(r => r.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, found.SelectMany(r => new[] { r.ActorId, r.SubjectId }), cancellationToken);
        return new Result(
            [.. found.Select(r => r.Action == AuditAction.CaseViewed
                ? new Entry(r.Sequence, r.At, r.Action, names.Of(r.ActorId), null, Guid.TryParse(r.SubjectId, out var id) ? id : null, r.Detail)
                : new Entry(r.Sequence, r.At, r.Action, names.Of(r.ActorId), r.SubjectId == r.ActorId ? null : names.Of(r.SubjectId), null, r.Detail))],
            total, page, null);
    }
}
