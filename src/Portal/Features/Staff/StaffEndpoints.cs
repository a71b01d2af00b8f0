namespace AdviceIntake.Portal.Features.Staff;

public static class StaffEndpoints
{
    public const string ActivityPath = "/staff/activity";

    /// <summary>
    /// The staff pages' script reports here that the person typed, clicked or scrolled. The session is moved on by the
    /// cookie check every request passes (see <see cref="StaffSessionCookie"/>); the endpoint only answers. The header
    /// cannot be sent by another site's form, and a browser asks before letting another site's script send it.
    /// </summary>
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ActivityPath, (HttpRequest request) =>
                request.Headers.ContainsKey("X-Staff-Activity") ? Results.NoContent() : Results.Text("Missing header.", statusCode: StatusCodes.Status400BadRequest))
            .RequireAuthorization(StaffPolicies.Staff)
            .DisableAntiforgery();
        return endpoints;
    }
}
