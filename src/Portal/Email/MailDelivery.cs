using AdviceIntake.Portal.Data;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AdviceIntake.Portal.Email;

/// <summary>Hands finished emails to the SMTP server from configuration, or writes them to the pickup folder.</summary>
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

    /// <summary>A session for one or many emails: one connection to the mail server, opened at the first email.</summary>
    public Session Open() => new(this);

    private EmailOptions Settings => options.Value;

    private string PickupFolder() =>
        Path.Combine(environment.ContentRootPath, database.Value.DataDirectory, options.Value.PickupDirectory);

    public sealed class Session(MailDelivery delivery) : IAsyncDisposable
    {
        private SmtpClient? client;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var settings = delivery.Settings;
            if (settings.Delivery == EmailDelivery.Pickup)
            {
                var folder = delivery.PickupFolder();
                Directory.CreateDirectory(folder);

                // Named by the message, so erasing a question can find its emails again.
                var path = Path.Combine(folder, $"{message.MessageId?.Split('@')[0] ?? Guid.NewGuid().ToString("N")}.eml");
                await message.WriteToAsync(path, cancellationToken);
                return;
            }

            if (client is not { IsConnected: true })
            {
                client?.Dispose();
                client = new SmtpClient();
                try
                {
                    // Checked at start-up (EmailOptions.Validate).
                    await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpSecurity, cancellationToken);
                    if (!string.IsNullOrEmpty(settings.SmtpUserName))
                    {
                        await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
                    }
                }
                catch
                {
                    // Connected but not signed in is no use to the next email either: it starts afresh.
                    client.Dispose();
                    client = null;
                    throw;
                }
            }

            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch
            {
                // A connection in an unknown state is not used again.
                client.Dispose();
                client = null;
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (client is null)
            {
                return;
            }

            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException)
            {
                // Every message was sent or recorded as failed already; a failed goodbye changes nothing.
            }

            client.Dispose();
        }
    }
}
