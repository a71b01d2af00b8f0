using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Home;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Retention;

/// <summary>
/// Daily: answered questions whose answer was released longer ago than the start page promises to keep them
/// (Public:RetentionMonths) are erased. Run twice, it erases nothing twice.
/// </summary>
public sealed class RetentionSweep(IDbContextFactory<PortalDbContext> contexts, EraseQuestion erase, IOptions<PublicOptions> options, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var cutOff = clock.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        List<Guid> expired;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            expired = await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Answered && q.ErasedAt == null && q.Answer!.ReleasedAt < cutOff)
                .Select(q => q.Id)
                .ToListAsync(cancellationToken);
        }

        var erased = 0;
        foreach (var id in expired)
        {
            erased += await erase.HandleAsync(id, atTheirRequest: false, cancellationToken) ? 1 : 0;
        }

        return erased;
    }
}
