using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Messages;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// The emails to the person who wrote in: the same neutral words for everyone, nothing of the question or the answer,
/// so a mailbox another person reads gives nothing away.
/// </summary>
public sealed class PersonEmails(IOptions<EmailOptions> options)
{
    public const string Subject = "An update for you";

    public MimeMessage Compose(OutboxMessage message, string address, byte[]? letter, Uri? stop)
    {
        var settings = options.Value;
        var email = settings.NewMessage(message.Id, Subject);
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

                    We are checking in, as you said we could. You can read your answer again at {settings.StatusPageUrl} with the reference and passphrase you were given, and you are welcome to write to us again at {settings.LinkTo("/ask")}.

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
