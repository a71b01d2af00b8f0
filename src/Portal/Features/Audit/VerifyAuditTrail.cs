using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Audit;

/// <summary>Reads the whole audit trail in order and says whether any row was changed, inserted or removed.</summary>
public sealed class VerifyAuditTrail(IDbContextFactory<PortalDbContext> contexts)
{
    private const int Batch = 5_000;

    public sealed record Result(bool Intact, long RowsChecked, string HeadHash, string? Problem);

    public async Task<Result> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chain = new AuditChain();
        var after = 0L;
        while (true)
        {
            var rows = await db.AuditRecords.AsNoTracking()
                .Where(r => r.Sequence > after).OrderBy(r => r.Sequence).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0 || !rows.All(chain.Add))
            {
                return new Result(chain.Problem is null, chain.RowsChecked, chain.HeadHash, chain.Problem);
            }

            after = rows[^1].Sequence;
        }
    }
}
