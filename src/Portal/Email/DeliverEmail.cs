using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// Sends owed emails. Each is claimed first (Pending → Sending, a conditional update), so two workers given the same
/// message send it once; it is marked Sent after the server accepts it, and a failure waits and is tried again. One
/// message is sent as soon as it is owed; the sweep sends what is due in batches over one connection, one commit a batch.
/// </summary>
public sealed class DeliverEmail(
    IDbContextFactory<PortalDbContext> contexts,
    MailDelivery delivery,
    ComposeOwedEmail compose,
    IOptions<EmailOptions> options,
    TimeProvider clock)
{
    // The minute sweep retries, with waits that grow (OutboxMessage.RecordFailure); Hangfire's own quick retries would use
    // up the attempts within minutes.
    [AutomaticRetry(Attempts = 0)]
    public async Task HandleAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var round = await SendAsync(m => m.Id == messageId, 1, cancellationToken);
        if (round.Failures.Count > 0)
        {
            // A new exception without the server's words: a mail server's reply often quotes the address, and Hangfire
            // keeps and shows what a job threw.
            throw new EmailNotSentException($"Email {messageId} was not sent ({round.Failures[0]}); it will be tried again.");
        }
    }

    /// <summary>How many messages a round claimed, and why each that failed did.</summary>
    public sealed record Round(int Claimed, IReadOnlyList<string> Failures);

    /// <summary>Claims up to <paramref name="batch"/> due messages that match, sends them over one connection and records each outcome.</summary>
    public async Task<Round> SendAsync(
        System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> which, int batch, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // Only what is due now: rows waiting out a retry must not fill the batch and hold back newer ones.
        var candidates = await db.OutboxMessages.Where(which)
            .Where(m => (m.State == OutboxState.Pending || m.State == OutboxState.Sending) && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => m.CreatedAt)
            .Take(batch)
            .ToListAsync(cancellationToken);
        var vanished = candidates.Count(m => m.FailIfLastSenderVanished(now));
        var claimed = candidates.Where(m => m.TryClaim(now, options.Value.SendLease)).ToList();
        if (claimed.Count == 0 && vanished == 0)
        {
            return new(0, []);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sender claimed some of these a moment ago; none is claimed here, and a later round tries the rest.
            return new(0, []);
        }

        // Claimed: from here every outcome is recorded, even while the portal stops, so nothing sent is sent again.
        var claimedVersions = claimed.ToDictionary(m => m.Id, m => m.Version);
        var failures = new List<string>();
        await using (var session = delivery.Open())
        {
            foreach (var message in claimed)
            {
                try
                {
                    var (email, notNeeded) = await compose.ComposeAsync(db, message, CancellationToken.None);
                    if (email is null)
                    {
                        message.Cancel(notNeeded!);
                        continue;
                    }

                    await session.SendAsync(email, CancellationToken.None);
                    message.MarkSent(clock.GetUtcNow());
                }
                catch (Exception e)
                {
                    // The reason names the failure, never the address: the server's reply may quote it.
                    var reason = $"{e.GetType().Name} on attempt {message.Attempts}";
                    message.RecordFailure(reason, clock.GetUtcNow());
                    failures.Add(reason);
                }
            }
        }

        await SaveOutcomesAsync(db, claimed, claimedVersions);
        return new(claimed.Count + vanished, failures);
    }

    /// <summary>
    /// One commit for the batch; if a row changed meanwhile (erased with its case, or contact stopped), the others are
    /// saved one by one and that one is left as it now is.
    /// </summary>
    private static async Task SaveOutcomesAsync(PortalDbContext db, List<OutboxMessage> claimed, Dictionary<Guid, Guid> claimedVersions)
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            foreach (var entry in db.ChangeTracker.Entries<OutboxMessage>().ToList())
            {
                entry.State = EntityState.Detached;
            }

            foreach (var message in claimed)
            {
                var entry = db.Attach(message);
                entry.State = EntityState.Modified;
                entry.Property(m => m.Version).OriginalValue = claimedVersions[message.Id];
                try
                {
                    await db.SaveChangesAsync(CancellationToken.None);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // This one was erased or stopped meanwhile: what was decided about it stands.
                }
                finally
                {
                    db.Entry(message).State = EntityState.Detached;
                }
            }
        }
    }
}
