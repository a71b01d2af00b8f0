using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Audit;

/// <summary>
/// Adds rows to the end of the audit trail. Whoever appends reads the newest row and takes the next number; if another
/// request or node took it first, the key refuses the row and this one links to the new end and tries again.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    private const int Attempts = 50;

    /// <summary>Writes one row in a context of its own.</summary>
    public async Task RecordAsync(
        AuditAction action, string? actorId, string? subjectId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await SaveWithAsync(db, action, actorId, subjectId, detail, cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="db"/>'s pending changes together with one audit row, in one transaction: the change and its
    /// record are kept both or neither.
    /// </summary>
    public async Task SaveWithAsync(
        PortalDbContext db, AuditAction action, string? actorId, string? subjectId, string? detail, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstOrDefaultAsync(cancellationToken);
            var record = AuditRecord.After(last, action, clock.GetUtcNow(), actorId, subjectId, detail);
            db.AuditRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.Entry(record).State = EntityState.Detached;
                if (!await TakenAsync(db, record, cancellationToken))
                {
                    throw;
                }

                // Someone else's row took this place; the other pending changes were not saved either and go again.
            }
        }
    }

    private static async Task<bool> TakenAsync(PortalDbContext db, AuditRecord record, CancellationToken cancellationToken) =>
        await db.AuditRecords.AsNoTracking().AnyAsync(r => r.Sequence == record.Sequence, cancellationToken);
}
