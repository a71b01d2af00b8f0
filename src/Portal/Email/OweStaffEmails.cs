using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// Stores the staff emails not owed yet, by their keys, and sends them. Two nodes owing the same one at once store it
/// once: the key is unique, and the loser's copy is dropped.
/// </summary>
public sealed class OweStaffEmails(IBackgroundJobClient jobs)
{
    public async Task<int> HandleAsync(PortalDbContext db, IReadOnlyList<OutboxMessage> candidates, CancellationToken cancellationToken)
    {
        var keys = candidates.Select(m => m.Key!).ToList();
        var known = (await db.OutboxMessages.Where(m => keys.Contains(m.Key!)).Select(m => m.Key!).ToListAsync(cancellationToken)).ToHashSet();
        var owed = new List<Guid>();
        foreach (var message in candidates.Where(m => !known.Contains(m.Key!)))
        {
            db.OutboxMessages.Add(message);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                owed.Add(message.Id);
            }
            catch (DbUpdateException)
            {
                db.Entry(message).State = EntityState.Detached;
            }
        }

        foreach (var id in owed)
        {
            jobs.Enqueue<DeliverEmail>(job => job.HandleAsync(id, CancellationToken.None));
        }

        return owed.Count;
    }
}
