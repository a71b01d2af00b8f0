using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// The link in every check-in email that stops all contact: sealed (nobody can make one for another question), and
/// valid for a long while, since a person may open an old email. Using it twice changes nothing.
/// </summary>
public sealed class StopContactLinks(IDataProtectionProvider provider, IOptions<EmailOptions> options, TimeProvider clock)
{
    public const string PathPrefix = "/status/stop/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("AdviceIntake.Email.StopContact.v1").ToTimeLimitedDataProtector();

    public Uri For(Guid questionId) =>
        new(new Uri(options.Value.StatusPageUrl), PathPrefix + protector.Protect(questionId.ToString("N"), clock.GetUtcNow().Add(Lifetime)));

    /// <summary>The question a link names, or null when it was changed, made elsewhere or has expired.</summary>
    public Guid? Open(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var payload = protector.Unprotect(token, out var expires);
            return expires >= clock.GetUtcNow() && Guid.TryParseExact(payload, "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
