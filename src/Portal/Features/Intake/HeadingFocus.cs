using AdviceIntake.Portal.Hosting;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Tells the next page of the form that the person came from the page before, so it focuses its heading and a
/// screen reader announces the new page. A first visit or a reload leaves focus at the top, where the first Tab
/// reaches "Exit this page". The cookie holds no answer, only that a step was taken.
/// </summary>
public sealed class HeadingFocus(PublicCookies cookies)
{
    private string CookieName => cookies.Name("AdviceIntake.Moved");

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

    private CookieOptions Options() => cookies.Options(SameSiteMode.Strict, TimeSpan.FromMinutes(1));
}
