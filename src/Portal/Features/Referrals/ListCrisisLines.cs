using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>The emergency number and crisis lines, emergency first, for public pages that must show help at once.</summary>
public sealed class ListCrisisLines(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<ReferralResource>> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = await db.ReferralResources.AsNoTracking()
            .Where(r => r.Kind == ResourceKind.Emergency || r.Kind == ResourceKind.CrisisLine)
            .ToListAsync(cancellationToken);
        return [.. lines.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// 911, then the lines for the concerns raised; when no line serves them, the lines for emotional support.
    /// </summary>
    public async Task<IReadOnlyList<ReferralResource>> ForConcernsAsync(Concerns concerns, CancellationToken cancellationToken = default)
    {
        var lines = await HandleAsync(cancellationToken);
        var matching = lines.Where(l => l.Kind == ResourceKind.CrisisLine && (l.Concerns & concerns & ~Concerns.ImmediateDanger) != 0).ToList();
        if (matching.Count == 0)
        {
            matching = [.. lines.Where(l => l.Kind == ResourceKind.CrisisLine && l.Serves(Concerns.EmotionalSupport))];
        }

        return [.. lines.Where(l => l.Kind == ResourceKind.Emergency).Concat(matching)];
    }
}
