using System.ComponentModel.DataAnnotations;
using MailKit.Security;
using MimeKit;

namespace AdviceIntake.Portal.Email;

public enum EmailDelivery
{
    /// <summary>Each email is written as an .eml file to a folder: the embedded default, nothing to install.</summary>
    Pickup,

    Smtp,
}

public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Pickup;

    /// <summary>For <see cref="EmailDelivery.Pickup"/>; relative paths start at the data folder.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "mail-pickup";

    [Required]
    public string FromAddress { get; set; } = "no-reply@adviceintake.example";

    [Required]
    public string FromName { get; set; } = "AdviceIntake";

    /// <summary>Where the status page is, for the link in every email.</summary>
    [Required, Url]
    public string StatusPageUrl { get; set; } = "http://127.0.0.1:5080/status";

    /// <summary>
    /// How long one sender holds a message before another may take it over: longer than a slow mail server takes, so a
    /// message is not sent twice while its first sender is still working; a sender that died is replaced after it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(5);

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.StartTls;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>A page of the portal, on the same site as the status page.</summary>
    public Uri LinkTo(string path) => new(new Uri(StatusPageUrl), path);

    /// <summary>
    /// An email from the service whose Message-ID is the outbox row's: the same on every attempt, so a mail server can drop
    /// a copy sent again after a crash.
    /// </summary>
    public MimeMessage NewMessage(Guid messageId, string subject)
    {
        var email = new MimeMessage { Subject = subject, MessageId = $"{messageId:N}@adviceintake" };
        email.From.Add(new MailboxAddress(FromName, FromAddress));
        return email;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
        {
            yield return new ValidationResult("Email:SmtpHost is needed when Email:Delivery is Smtp.", [nameof(SmtpHost)]);
        }
    }
}
