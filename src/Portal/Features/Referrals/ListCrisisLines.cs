using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
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

    /// <summary>911, then the suicide and crisis line, then the domestic violence hotline: the three most often needed.</summary>
    public async Task<IReadOnlyList<ReferralResource>> MostNeededAsync(CancellationToken cancellationToken = default)
    {
        var lines = await HandleAsync(cancellationToken);
        return [.. lines.Where(l => l.Kind == ResourceKind.Emergency).Take(1)
            .Concat(lines.Where(l => l.Serves(Concerns.SuicideOrSelfHarm) && l.Phone is not null).Take(1))
            .Concat(lines.Where(l => l.Serves(Concerns.DomesticViolence)).Take(1))];
    }

    /// <summary>The lines for what the person told us, most urgent first (the rule is <see cref="CrisisLineChoice"/>).</summary>
    public async Task<IReadOnlyList<ReferralResource>> ForAsync(RiskAssessment risk, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var directory = await db.ReferralResources.AsNoTracking()
            .Where(r => r.Kind != ResourceKind.Local)
            .ToListAsync(cancellationToken);
        return CrisisLineChoice.For(risk, directory);
    }
}
