using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Every request with a staff cookie is checked against its server-side session: a session that ran out, was signed
/// out, or belongs to someone else ends the cookie there and then. Only a post counts as activity: a form the person
/// sent, or the staff script reporting a keystroke or click. Loading a page does not, since pages reload by themselves
/// after a restart or a lost connection.
/// </summary>
internal static class StaffSessionCookie
{
    private static readonly PathString JobsDashboardPolling = Jobs.JobsServiceCollectionExtensions.DashboardPath + "/stats";

    public static Func<CookieValidatePrincipalContext, Task> ChainAfter(Func<CookieValidatePrincipalContext, Task> first) => async context =>
    {
        await first(context);
        var request = context.HttpContext.Request;

        // The files a page needs (styles, scripts) open nothing, and need no database to be served: a page's script
        // must still load while the database restarts.
        if (context.Principal is not { } principal
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null)
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        var userId = principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var cancellation = context.HttpContext.RequestAborted;
        var state = StaffClaims.SessionOf(principal) is not { } session || userId is null ? StaffSessions.State.Closed
            // The circuit's own connection (its reconnects included) and the jobs dashboard's counters, posted every few
            // seconds by its script, come and go without the person.
            : HttpMethods.IsPost(request.Method) && !request.Path.StartsWithSegments("/_blazor") && !request.Path.StartsWithSegments(JobsDashboardPolling)
                ? await sessions.TouchAsync(session, userId, cancellation)
            : await sessions.CheckAsync(session, userId, cancellation);
        if (!state.IsOpen)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    };
}
