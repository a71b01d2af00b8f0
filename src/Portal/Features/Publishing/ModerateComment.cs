using AdviceIntake.Domain.Publishing;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Realtime;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>A moderator approves, rejects or marks a comment as spam; a decision someone else made first is not overwritten.</summary>
public sealed class ModerateComment(IDbContextFactory<PortalDbContext> contexts, IQueueFeed feed, TimeProvider clock)
{
    public async Task<CaseActionResult> HandleAsync(Guid commentId, Guid seenVersion, CommentState decision, StaffMember by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return CaseActionResult.Refused("This comment no longer exists.");
        }

        if (comment.Version != seenVersion)
        {
            return CaseActionResult.Refused("Someone else moderated this comment a moment ago.");
        }

        try
        {
            comment.Moderate(decision, by.Id, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await feed.PublishAsync(new QueueChange(QueueChangeKind.CommentsChanged, comment.Id), cancellationToken);
            return CaseActionResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseActionResult.Refused("Someone else moderated this comment a moment ago.");
        }
    }
}
