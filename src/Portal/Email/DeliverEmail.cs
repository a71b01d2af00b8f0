using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// Sends one owed email about an answer. The message is claimed first, so two workers given the same message send it
/// once; the subject and body are the same neutral words for everyone, and the letter, when asked for, is attached as
/// the very file kept at release.
/// </summary>
public sealed class DeliverEmail(
    IDbContextFactory<PortalDbContext> contexts,
    QuestionProtector protector,
    MailDelivery delivery,
    StopContactLinks stopLinks,
    IOptions<EmailOptions> options,
    TimeProvider clock)
{
    public const string Subject = "An update for you";

    // Long enough for a slow mail server; a sender that died is replaced after it.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    // The minute sweep retries, with waits that grow (OutboxMessage.RecordFailure); Hangfire's own quick retries would use
    // up the attempts within minutes.
    [AutomaticRetry(Attempts = 0)]
    public async Task HandleAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || !message.TryClaim(clock.GetUtcNow(), Lease))
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

        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == message.QuestionId, cancellationToken);
        if (question is null || protector.OpenEmail(question.Sealed) is not { } address)
        {
            message.GiveUp("The person's address is no longer kept.");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (question.ContactStopped)
        {
            message.GiveUp("The person asked us to stop all contact.");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        byte[]? letter = null;
        if (message.Kind == MessageKind.AnswerLetter)
        {
            var kept = await db.ReleasedDocuments.AsNoTracking()
                .SingleAsync(d => d.QuestionId == question.Id && d.Kind == DocumentKind.Letter, cancellationToken);
            letter = protector.OpenDocument(kept.SealedPdf);
        }

        try
        {
            var stop = message.Kind == MessageKind.FollowUpCheckIn ? stopLinks.For(question.Id) : null;
            await delivery.SendAsync(Compose(message.Id, address, letter, stop), cancellationToken);
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

    private MimeMessage Compose(Guid messageId, string address, byte[]? letter, Uri? stop)
    {
        var settings = options.Value;
        var email = new MimeMessage
        {
            Subject = Subject,

            // The same id on every attempt, so a mail server can drop a copy sent again after a crash.
            MessageId = $"{messageId:N}@adviceintake",
        };
        email.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        email.To.Add(MailboxAddress.Parse(address));
        var body = new BodyBuilder
        {
            TextBody = stop is null
                ? $"""
                    Hello,

                    There is an update waiting for you. To read it, open {settings.StatusPageUrl} and enter the reference and passphrase you were given.
                    {(letter is null ? string.Empty : "\nThe letter you asked for is attached as a PDF. If someone else can read this mailbox, save it somewhere private and delete this email.\n")}
                    If you did not expect this email, you can ignore it.

                    {settings.FromName}
                    """
                : $"""
                    Hello,

                    We are checking in, as you said we could. You can read your answer again at {settings.StatusPageUrl} with the reference and passphrase you were given, and you are welcome to write to us again at {new Uri(new Uri(settings.StatusPageUrl), "/ask")}.

                    To stop all further contact from us, open this link: {stop}

                    If you did not expect this email, you can ignore it.

                    {settings.FromName}
                    """,
        };
        if (letter is not null)
        {
            body.Attachments.Add(ReleasedDocument.FileNameOf(DocumentKind.Letter), letter, new ContentType("application", "pdf"));
        }

        email.Body = body.ToMessageBody();
        return email;
    }
}
