using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>The snippets counselors insert into answers; only supervisors write, change or delete them.</summary>
public sealed class ListSnippets(IDbContextFactory<PortalDbContext> contexts)
{
    public sealed record Row(Guid Id, string Title, string Body);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Snippets.AsNoTracking().Select(s => new Row(s.Id, s.Title, s.Body)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)];
    }
}
