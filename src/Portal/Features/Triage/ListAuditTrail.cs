using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>Who read which question and when, newest first: for supervisors only.</summary>
public sealed class ListAuditTrail(IDbContextFactory<PortalDbContext> contexts)
{
    public const int PageSize = 200;

    public sealed record Entry(DateTimeOffset At, string StaffId, string StaffName, Guid QuestionId, string Reference);

    /// <param name="reference">A case's reference to narrow the trail to, with or without its dashes.</param>
    public async Task<IReadOnlyList<Entry>> HandleAsync(StaffMember reader, string? reference = null, CancellationToken cancellationToken = default)
    {
        if (!reader.IsSupervisor)
        {
            throw new UnauthorizedAccessException("The audit trail is for supervisors.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var views = from e in db.CaseEvents.AsNoTracking()
                    join q in db.Questions on e.QuestionId equals q.Id
                    where e.Kind == CaseEventKind.Viewed
                    select new { e.At, e.Id, StaffId = e.ActorId!, e.QuestionId, q.Reference };
        var wanted = (reference ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (wanted.Length > 0)
        {
            views = views.Where(v => v.Reference == wanted);
        }

        var page = await views.OrderByDescending(v => v.At).ThenByDescending(v => v.Id).Take(PageSize).ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, page.Select(v => v.StaffId), cancellationToken);
        return [.. page.Select(v => new Entry(v.At, v.StaffId, names.Of(v.StaffId)!, v.QuestionId,
            ReferenceCode.TryParse(v.Reference, out var code) ? code.ToString() : v.Reference))];
    }
}
