using System.Security.Claims;
using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Account;

/// <summary>
/// Who may add, replace or remove an account's passkeys and authenticator app. Once an account has one, only a
/// sign-in that used it may: otherwise the password alone would let someone enrol their own factor and then pass as
/// the owner. An account with none yet may enrol its first with the password it was given.
/// </summary>
internal sealed class SecondFactorChanges(UserManager<StaffUser> users, IdentityRedirectManager redirect, AuditTrail audit, TimeProvider clock)
{
    /// <summary>How long after proving who they are a person may change their factors without proving it again.</summary>
    public static readonly TimeSpan RecentEnough = TimeSpan.FromMinutes(5);

    public async Task<bool> AllowedAsync(StaffUser user, ClaimsPrincipal signedIn) =>
        StaffClaims.HasSecondFactor(signedIn)
        || (!await users.GetTwoFactorEnabledAsync(user) && (await users.GetPasskeysAsync(user)).Count == 0);

    /// <summary>Whether this sign-in proved who it is lately: someone at an unlocked screen has not.</summary>
    public bool Recent(ClaimsPrincipal signedIn) =>
        StaffClaims.AuthenticatedAtOf(signedIn) is { } at && clock.GetUtcNow() - at <= RecentEnough;

    /// <summary>
    /// Sends a sign-in that may not change the factors back to the security page, saying why, and one that may but
    /// not without proving itself again to the page that asks for the password.
    /// </summary>
    public async Task<bool> RefuseAsync(StaffUser user, HttpContext context)
    {
        if (!await AllowedAsync(user, context.User))
        {
            redirect.RedirectToWithStatus("Account/Manage/TwoFactorAuthentication",
                "Error: To change your passkeys or authenticator app, sign out and sign in again with one of them.", context);
            return true;
        }

        if (!Recent(context.User))
        {
            redirect.RedirectTo("Account/Reauthenticate", new() { ["returnUrl"] = context.Request.Path.Value });
            return true;
        }

        return false;
    }

    /// <summary>Writes a change the owner made to their own factors to the audit trail.</summary>
    public Task RecordAsync(StaffUser user, string what) =>
        audit.RecordAsync(AuditAction.SecondFactorChanged, user.Id, user.Id, what);
}
