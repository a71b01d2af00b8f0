using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Audit;

/// <summary>Reads the whole audit trail in order and says whether any row was changed, inserted or removed.</summary>
public sealed class VerifyAuditTrail(IDbContextFactory<PortalDbContext> contexts)
{
    private const int Batch = 5_000;

    public sealed record Result(bool Intact, long RowsChecked, string HeadHash, string? Problem);

    /// <param name="notedHash">
    /// A newest row's hash written down at an earlier check: it must still be in the trail, or rows were cut from its
    /// end (or the whole trail was rewritten), which the chain alone cannot show.
    /// </param>
    public async Task<Result> HandleAsync(string? notedHash = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chain = new AuditChain();
        var after = 0L;
        // An empty trail's head is the genesis hash, which no row carries.
        var notedFound = notedHash is null || string.Equals(notedHash, AuditRecord.GenesisHash, StringComparison.OrdinalIgnoreCase);
        while (true)
        {
            List<AuditRecord> rows;
            try
            {
                rows = await db.AuditRecords.AsNoTracking()
                    .Where(r => r.Sequence > after).OrderBy(r => r.Sequence).Take(Batch).ToListAsync(cancellationToken);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                // A value written into a row by hand that its column cannot hold.
                return new Result(false, chain.RowsChecked, chain.HeadHash, $"A row after row {after} cannot be read ({e.Message}): it was changed after it was written.");
            }

            var whole = rows.All(chain.Add);
            notedFound = notedFound || rows.Any(r => string.Equals(r.Hash, notedHash, StringComparison.OrdinalIgnoreCase));
            if (rows.Count == 0 || !whole)
            {
                var problem = chain.Problem ?? (notedFound ? null
                    : $"The hash noted earlier ({notedHash}) is no longer in the trail: rows were removed from its end, or the trail was rewritten.");
                return new Result(problem is null, chain.RowsChecked, chain.HeadHash, problem);
            }

            after = rows[^1].Sequence;
        }
    }
}
