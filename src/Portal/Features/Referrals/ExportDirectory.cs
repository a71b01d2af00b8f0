using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>The whole directory as CSV, retired entries included, in a stable order so two exports compare line by line.</summary>
public sealed class ExportDirectory(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<string> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.ReferralResources.AsNoTracking().ToListAsync(cancellationToken);
        using var writer = new StringWriter();
        Csv.Write(writer, DirectoryCsv.Columns);
        foreach (var entry in entries.OrderBy(e => e.Slug, StringComparer.Ordinal))
        {
            Csv.Write(writer, DirectoryCsv.Row(entry));
        }

        return writer.ToString();
    }
}
