using System.Security.Cryptography;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>
/// Download links for a person's letter and sheet. A link is sealed (nobody can make or change one), lasts a short
/// while, and works only in the browser that did the look-up: it names a random value that browser holds in a cookie.
/// A link copied from the history of a shared computer is soon useless, and useless elsewhere at once.
/// </summary>
public sealed class DocumentLinks(IDataProtectionProvider provider, PublicCookies cookies, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("AdviceIntake.Status.DocumentLink.v1").ToTimeLimitedDataProtector();

    private readonly ITimeLimitedDataProtector erasure =
        provider.CreateProtector("AdviceIntake.Status.Erasure.v1").ToTimeLimitedDataProtector();

    public string CookieName => cookies.Name("AdviceIntake.Lookup");

    /// <summary>The value this browser's links are bound to; made at the look-up and kept in a cookie for the session.</summary>
    public string BindBrowser(HttpContext context)
    {
        var value = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Response.Cookies.Append(CookieName, value, cookies.Options(SameSiteMode.Strict));
        return value;
    }

    public string PathFor(Guid questionId, DocumentKind kind, string browser) =>
        $"/status/documents/{protector.Protect($"{questionId:N}|{(int)kind}|{browser}", clock.GetUtcNow().Add(Lifetime))}";

    /// <summary>
    /// What the erase and withdraw-consent forms carry instead of the passphrase: proof of a look-up in this browser, for a
    /// short while.
    /// </summary>
    public string LookupProof(Guid questionId, string browser) =>
        erasure.Protect($"{questionId:N}|{browser}", clock.GetUtcNow().Add(Lifetime));

    /// <summary>The question a form may change, or null when the proof is forged, expired, or from another browser.</summary>
    public Guid? OpenLookupProof(string? token, HttpContext context)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = erasure.Unprotect(token, out var expires).Split('|');
            return expires >= clock.GetUtcNow() && parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id)
                && context.Request.Cookies.TryGetValue(CookieName, out var browser) && browser == parts[1]
                ? id
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The document a link names, or null when it is forged, expired, or from another browser.</summary>
    public (Guid QuestionId, DocumentKind Kind)? Open(string token, HttpContext context)
    {
        string payload;
        try
        {
            payload = protector.Unprotect(token, out var expires);
            if (expires < clock.GetUtcNow())
            {
                return null;
            }
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        return parts.Length == 3
            && Guid.TryParseExact(parts[0], "N", out var questionId)
            && int.TryParse(parts[1], out var kind) && Enum.IsDefined((DocumentKind)kind)
            && context.Request.Cookies.TryGetValue(CookieName, out var browser)
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(browser ?? string.Empty), System.Text.Encoding.ASCII.GetBytes(parts[2]))
            ? (questionId, (DocumentKind)kind)
            : null;
    }
}
