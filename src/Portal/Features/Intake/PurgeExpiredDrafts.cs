using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>Deletes drafts nobody came back to within their lifetime: unsent words are kept no longer than promised.</summary>
public sealed class PurgeExpiredDrafts(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SavedDrafts.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
