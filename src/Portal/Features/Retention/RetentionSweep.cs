using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Home;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Retention;

/// <summary>
/// Daily: questions kept longer than the start page promises (Public:RetentionMonths) are erased: an answered one
/// counted from its release, one never answered from its arrival. Run twice, it erases nothing twice.
/// </summary>
public sealed class RetentionSweep(
    IDbContextFactory<PortalDbContext> contexts, EraseQuestion erase, IOptions<PublicOptions> options, TimeProvider clock, ILogger<RetentionSweep> logger)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var cutOff = clock.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        List<Guid> expired;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            expired = await db.Questions.AsNoTracking()
                .Where(q => q.ErasedAt == null
                    && (q.Status == QuestionStatus.Answered ? q.Answer!.ReleasedAt < cutOff : q.SubmittedAt < cutOff))
                .Select(q => q.Id)
                .ToListAsync(cancellationToken);
        }

        var erased = 0;
        foreach (var id in expired)
        {
            try
            {
                erased += await erase.HandleAsync(id, atTheirRequest: false, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One question that cannot be erased now must not keep the others; tomorrow's run tries it again.
                logger.LogWarning("Question {QuestionId} could not be erased: {Failure}", id, e.GetType().Name);
            }
        }

        return erased;
    }
}
