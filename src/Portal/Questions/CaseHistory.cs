using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// The one way a question's history is read: newest first, with who may see what applied here rather than in each page.
/// </summary>
public static class CaseHistory
{
    /// <summary>
    /// The case's events as <paramref name="viewer"/> may see them. The reading of questions is the supervisors' audit
    /// trail: a counselor sees only their own readings.
    /// </summary>
    public static Task<List<CaseEvent>> ForAsync(PortalDbContext db, Guid questionId, StaffMember viewer, CancellationToken cancellationToken) =>
        Newest(db, questionId)
            .Where(e => e.Kind != CaseEventKind.Viewed || viewer.IsSupervisor || e.ActorId == viewer.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The latest event of one kind, such as the comment the answer was last returned with.</summary>
    public static Task<CaseEvent?> LatestAsync(PortalDbContext db, Guid questionId, CaseEventKind kind, CancellationToken cancellationToken) =>
        Newest(db, questionId).FirstOrDefaultAsync(e => e.Kind == kind, cancellationToken);

    private static IQueryable<CaseEvent> Newest(PortalDbContext db, Guid questionId) =>
        db.CaseEvents.AsNoTracking().Where(e => e.QuestionId == questionId).OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
}
