using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Audit;

/// <summary>
/// Adds rows to the end of the audit trail, one at a time: within a node behind a lock, across PostgreSQL nodes behind
/// an advisory lock held for the transaction. Whoever appends reads the newest row and takes the next number; should
/// another writer still have taken it, the key refuses the row and this one links to the new end and tries again.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    private const int Attempts = 20;

    // Any fixed number: every node asks PostgreSQL for the same one.
    private const long AdvisoryLockKey = 0x41_75_64_69_74; // "Audit"

    private readonly SemaphoreSlim appending = new(1, 1);

    /// <summary>Writes one row in a context of its own.</summary>
    public async Task RecordAsync(
        AuditAction action, string? actorId, string? subjectId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await SaveWithAsync(db, action, actorId, subjectId, detail, cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="db"/>'s pending changes together with one audit row, in one transaction: the change and its
    /// record are kept both or neither. <paramref name="db"/> must not be in a transaction of its own.
    /// </summary>
    public async Task SaveWithAsync(
        PortalDbContext db, AuditAction action, string? actorId, string? subjectId, string? detail, CancellationToken cancellationToken = default)
    {
        await appending.WaitAsync(cancellationToken);
        try
        {
            await AppendAsync(db, action, actorId, subjectId, detail, cancellationToken);
        }
        finally
        {
            appending.Release();
        }
    }

    private async Task AppendAsync(
        PortalDbContext db, AuditAction action, string? actorId, string? subjectId, string? detail, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (transaction is not null)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
            }

            var last = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstOrDefaultAsync(cancellationToken);
            var record = AuditRecord.After(last, action, clock.GetUtcNow(), actorId, subjectId, detail);
            db.AuditRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

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
