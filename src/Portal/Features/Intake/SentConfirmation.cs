using System.Security.Cryptography;
using System.Text.Json;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Carries the reference and passphrase from the send to the confirmation page that follows it, sealed in a session
/// cookie that page reads and deletes: they never appear in an address and are not kept on the server. The page shows
/// them only to the browser whose draft was sent, and only once (<see cref="IntakeDrafts.TryShowConfirmationAsync"/>).
/// </summary>
public sealed class SentConfirmation(IDataProtectionProvider provider, PublicCookies cookies, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("AdviceIntake.Intake.Sent.v1").ToTimeLimitedDataProtector();

    public sealed record Shown(string Reference, string Passphrase, RiskAssessment Risk);

    private string CookieName => cookies.Name("AdviceIntake.Sent");

    public void Hand(HttpContext context, SubmitQuestion.Result sent)
    {
        // Only what the page shows: the person's own words that raised the risk stay with the question.
        var risk = sent.Risk ?? RiskAssessment.Routine;
        var shown = new Shown(sent.Reference!.ToString(), sent.Passphrase!.ToString(),
            risk with { Reasons = [.. risk.Reasons.Select(r => r with { Quote = null })] });
        context.Response.Cookies.Append(CookieName, protector.Protect(JsonSerializer.Serialize(shown), clock.GetUtcNow().Add(Lifetime)), Options());
    }

    /// <summary>What the cookie holds; the cookie is deleted as it is read, so a reload or Back shows nothing.</summary>
    public Shown? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, Options());
        try
        {
            return JsonSerializer.Deserialize<Shown>(protector.Unprotect(value, out _));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return null;
        }
    }

    private CookieOptions Options() => cookies.Options(SameSiteMode.Strict);

    /// <summary>Quick exit: nothing of the send stays in the browser.</summary>
    public void Discard(HttpContext context) => context.Response.Cookies.Delete(CookieName, Options());
}
