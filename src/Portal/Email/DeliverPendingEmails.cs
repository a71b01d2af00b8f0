using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// Every minute, sends what is owed and not yet sent: the email whose job was lost in a crash, and the one whose last
/// attempt failed once its claim has run out.
/// </summary>
public sealed class DeliverPendingEmails(IDbContextFactory<PortalDbContext> contexts, DeliverEmail deliver, TimeProvider clock, ILogger<DeliverPendingEmails> logger)
{
    public async Task HandleAsync(CancellationToken cancellationToken)
    {
        List<Guid> due;
        var now = clock.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var unsent = await db.OutboxMessages.AsNoTracking()
                .Where(m => (m.State == OutboxState.Pending || m.State == OutboxState.Sending) && m.Attempts < OutboxMessage.MaxAttempts)
                .ToListAsync(cancellationToken);
            due = [.. unsent.Where(m => m.IsDue(now)).OrderBy(m => m.CreatedAt).Select(m => m.Id)];
        }

        foreach (var id in due)
        {
            try
            {
                await deliver.HandleAsync(id, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failing message must not hold up the others; it keeps its count and is tried again later.
                logger.LogWarning("Email {MessageId} could not be sent: {Failure}", id, e.GetType().Name);
            }
        }
    }
}
