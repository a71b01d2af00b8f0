using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Tells the next page of the form that the person came from the page before, so it focuses its heading and a
/// screen reader announces the new page. A first visit or a reload leaves focus at the top, where the first Tab
/// reaches "Exit this page". The cookie holds no answer, only that a step was taken.
/// </summary>
public sealed class HeadingFocus(IOptions<TransportOptions> transport)
{
    private string CookieName => transport.Value.RequireHttps ? TransportSecurity.HostPrefix + "AdviceIntake.Moved" : "AdviceIntake.Moved";

    public void Hand(HttpContext context) => context.Response.Cookies.Append(CookieName, "1", Options());

    public bool Take(HttpContext context)
    {
        if (!context.Request.Cookies.ContainsKey(CookieName))
        {
            return false;
        }

        context.Response.Cookies.Delete(CookieName, Options());
        return true;
    }

    private CookieOptions Options() => new()
    {
        HttpOnly = true,
        Secure = transport.Value.RequireHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
        MaxAge = TimeSpan.FromMinutes(1),
    };
}
