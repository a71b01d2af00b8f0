using System.Security.Claims;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Account;

/// <summary>
/// Re-checks an open circuit's account on the staff session interval: a disabled account, one whose security stamp
/// changed, or a session that ran out or was signed out elsewhere becomes anonymous and the page sends the person to
/// sign in.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> identityOptions,
        IOptions<StaffOptions> staffOptions,
        StaffSessions sessions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => staffOptions.Value.SessionRevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A fresh scope, so the account is read from the database and not from a context cached in the circuit.
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var principal = authenticationState.User;
        return await IsStillValidAsync(userManager, principal)
            && StaffClaims.SessionOf(principal) is { } session
            && (await sessions.CheckAsync(session, principal.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken)).IsOpen;
    }

    private async Task<bool> IsStillValidAsync(UserManager<StaffUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        var principalStamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await userManager.GetSecurityStampAsync(user);
    }
}
