using AdviceIntake.Portal.Data;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AdviceIntake.Portal.Email;

/// <summary>Hands a finished email to the SMTP server from configuration, or writes it to the pickup folder.</summary>
public sealed class MailDelivery(IOptions<EmailOptions> options, IOptions<DatabaseOptions> database, IHostEnvironment environment)
{
    /// <summary>
    /// Deletes the copies the pickup folder keeps of these messages: the embedded default writes each email to disk in
    /// the clear, and an erased question's emails must go with it.
    /// </summary>
    public void Forget(IEnumerable<Guid> messageIds)
    {
        foreach (var id in messageIds)
        {
            File.Delete(Path.Combine(PickupFolder(), $"{id:N}.eml"));
        }
    }

    private string PickupFolder() =>
        Path.Combine(environment.ContentRootPath, database.Value.DataDirectory, options.Value.PickupDirectory);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Delivery == EmailDelivery.Pickup)
        {
            var folder = PickupFolder();
            Directory.CreateDirectory(folder);

            // Named by the message, so erasing a question can find its emails again.
            var path = Path.Combine(folder, $"{message.MessageId?.Split('@')[0] ?? Guid.NewGuid().ToString("N")}.eml");
            await message.WriteToAsync(path, cancellationToken);
            return;
        }

        using var client = new SmtpClient();
        // Checked at start-up (EmailOptions.Validate).
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpSecurity, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
