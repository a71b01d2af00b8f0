using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Every request with a staff cookie is checked against its server-side session: a session that ran out, was signed
/// out, or belongs to someone else ends the cookie there and then. A request the person made counts as activity;
/// the connection of an open page does not, and the static files a page loads are not checked at all.
/// </summary>
internal static class StaffSessionCookie
{
    public static Func<CookieValidatePrincipalContext, Task> ChainAfter(Func<CookieValidatePrincipalContext, Task> first) => async context =>
    {
        await first(context);
        var request = context.HttpContext.Request;
        if (context.Principal is not { } principal || IsStaticFile(request))
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        var userId = principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var cancellation = context.HttpContext.RequestAborted;
        var state = StaffClaims.SessionOf(principal) is not { } session || userId is null ? StaffSessions.State.Closed
            // The circuit's own connection (its reconnects included) comes and goes without the person.
            : request.Path.StartsWithSegments("/_blazor") ? await sessions.CheckAsync(session, userId, cancellation)
            : await sessions.TouchAsync(session, userId, cancellation);
        if (!state.IsOpen)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    };

    // Scripts, styles and fonts hold nothing confidential and come with a page that was itself checked.
    private static bool IsStaticFile(HttpRequest request) =>
        request.Path.StartsWithSegments("/_framework")
        || request.Path.StartsWithSegments("/_content")
        || Path.HasExtension(request.Path.Value);
}
