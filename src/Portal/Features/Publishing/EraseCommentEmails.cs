using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>Daily, with the retention sweep: commenters' emails older than Publishing:CommentEmailDays are erased.</summary>
public sealed class EraseCommentEmails(IDbContextFactory<PortalDbContext> contexts, IOptions<PublishingOptions> options, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var cutOff = clock.GetUtcNow().AddDays(-options.Value.CommentEmailDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Comments.Where(c => c.SealedEmail != null && c.PostedAt < cutOff)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.SealedEmail, (string?)null), cancellationToken);
    }
}
