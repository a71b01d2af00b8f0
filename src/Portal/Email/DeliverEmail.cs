using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// Sends one owed email. The message is claimed first (Pending → Sending, a conditional update), so two workers given the
/// same message send it once; it is marked Sent after the server accepts it, and a failure waits and is tried again. The
/// text is composed at the moment of sending, from what is true then: a person who stopped contact, or an escalation
/// taken meanwhile, sends nothing.
/// </summary>
public sealed class DeliverEmail(
    IDbContextFactory<PortalDbContext> contexts,
    QuestionProtector protector,
    MailDelivery delivery,
    PersonEmails personEmails,
    StaffEmails staffEmails,
    StopContactLinks stopLinks,
    IOptions<EmailOptions> options,
    TimeProvider clock)
{
    // The minute sweep retries, with waits that grow (OutboxMessage.RecordFailure); Hangfire's own quick retries would use
    // up the attempts within minutes.
    [AutomaticRetry(Attempts = 0)]
    public async Task HandleAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || !message.TryClaim(clock.GetUtcNow(), options.Value.SendLease))
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another worker claimed it a moment ago.
            return;
        }

        var (email, notNeeded) = message.ToStaff
            ? await ComposeForStaffAsync(db, message, cancellationToken)
            : await ComposeForPersonAsync(db, message, cancellationToken);
        if (email is null)
        {
            message.Cancel(notNeeded!);
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        try
        {
            await delivery.SendAsync(email, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason names the failure, never the address: the server's reply may quote it.
            message.RecordFailure($"{e.GetType().Name} on attempt {message.Attempts}", clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);

            // A new exception without the old one: a mail server's reply often quotes the address, and Hangfire keeps
            // and shows what a job threw.
            throw new EmailNotSentException($"Email {message.Id} was not sent ({e.GetType().Name}); it will be tried again.");
        }

        message.MarkSent(clock.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<ComposedEmail> ComposeForPersonAsync(PortalDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == message.QuestionId, cancellationToken);
        if (question is null || protector.OpenEmail(question.Sealed) is not { } address)
        {
            return new(null, "The person's address is no longer kept.");
        }

        if (question.ContactStopped)
        {
            return new(null, "The person asked us to stop all contact.");
        }

        byte[]? letter = null;
        if (message.Kind == MessageKind.AnswerLetter)
        {
            var kept = await db.ReleasedDocuments.AsNoTracking()
                .SingleAsync(d => d.QuestionId == question.Id && d.Kind == DocumentKind.Letter, cancellationToken);
            letter = protector.OpenDocument(kept.SealedPdf);
        }

        var stop = message.Kind == MessageKind.FollowUpCheckIn ? stopLinks.For(question.Id) : null;
        return new(personEmails.Compose(message, address, letter, stop), null);
    }

    private async Task<ComposedEmail> ComposeForStaffAsync(PortalDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var recipient = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == message.StaffRecipientId, cancellationToken);
        return recipient is null || recipient.IsDisabled || string.IsNullOrEmpty(recipient.Email)
            ? new(null, "The staff account is disabled or gone.")
            : await staffEmails.ComposeAsync(db, message, recipient, cancellationToken);
    }
}
