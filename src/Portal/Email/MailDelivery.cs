using AdviceIntake.Portal.Data;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AdviceIntake.Portal.Email;

/// <summary>Hands a finished email to the SMTP server from configuration, or writes it to the pickup folder.</summary>
public sealed class MailDelivery(IOptions<EmailOptions> options, IOptions<DatabaseOptions> database, IHostEnvironment environment)
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Delivery == EmailDelivery.Pickup)
        {
            var folder = Path.Combine(environment.ContentRootPath, database.Value.DataDirectory, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
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
