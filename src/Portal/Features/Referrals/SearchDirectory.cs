using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>Finds directory entries by words, category, state and language; every staff member may search.</summary>
public sealed class SearchDirectory(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public sealed record Filter(string? Words = null, Concerns? Category = null, string? State = null, string? Language = null, bool IncludeRetired = false);

    public sealed record Row(ReferralResource Entry, bool Stale);

    public async Task<IReadOnlyList<Row>> HandleAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A directory is a few hundred entries: it is read whole and filtered here, where areas and categories are understood.
        var entries = await db.ReferralResources.AsNoTracking().ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var words = filter.Words?.Trim();
        var language = filter.Language?.Trim();
        return
        [
            .. entries
                .Where(e => filter.IncludeRetired || !e.IsRetired)
                .Where(e => filter.Category is not { } category || e.Serves(category))
                .Where(e => string.IsNullOrEmpty(filter.State) || e.Area.Covers(filter.State))
                .Where(e => string.IsNullOrEmpty(language) || e.Languages.Contains(language, StringComparison.CurrentCultureIgnoreCase))
                .Where(e => string.IsNullOrEmpty(words) || Matches(e, words))
                .OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(e => new Row(e, e.IsStaleOn(today))),
        ];
    }

    private static bool Matches(ReferralResource entry, string words) =>
        new[] { entry.Name, entry.Summary, entry.Organization, entry.Slug }
            .Any(text => text?.Contains(words, StringComparison.CurrentCultureIgnoreCase) == true);
}
