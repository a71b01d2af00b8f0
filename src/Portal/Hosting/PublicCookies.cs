using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// The portal's own small cookies on the public side (a draft, a look-up, a confirmation): HttpOnly, for the whole
/// site, and outside Development <c>Secure</c> with the <c>__Host-</c> prefix, so no other site or subdomain can set them.
/// </summary>
public sealed class PublicCookies(IOptions<TransportOptions> transport)
{
    public string Name(string name) => transport.Value.RequireHttps ? TransportSecurity.HostPrefix + name : name;

    /// <summary>Without a lifetime the cookie ends with the browser session.</summary>
    public CookieOptions Options(SameSiteMode sameSite, TimeSpan? lifetime = null) => new()
    {
        HttpOnly = true,
        Secure = transport.Value.RequireHttps,
        SameSite = sameSite,
        Path = "/",
        IsEssential = true,
        MaxAge = lifetime,
    };
}
