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
internal sealed class SecondFactorChanges(UserManager<StaffUser> users, IdentityRedirectManager redirect, AuditTrail audit)
{
    public async Task<bool> AllowedAsync(StaffUser user, ClaimsPrincipal signedIn) =>
        StaffClaims.HasSecondFactor(signedIn)
        || (!await users.GetTwoFactorEnabledAsync(user) && (await users.GetPasskeysAsync(user)).Count == 0);

    /// <summary>Sends a sign-in that may not change the factors back to the security page, saying why.</summary>
    public async Task<bool> RefuseAsync(StaffUser user, HttpContext context)
    {
        if (await AllowedAsync(user, context.User))
        {
            return false;
        }

        redirect.RedirectToWithStatus("Account/Manage/TwoFactorAuthentication",
            "Error: To change your passkeys or authenticator app, sign out and sign in again with one of them.", context);
        return true;
    }

    /// <summary>Writes a change the owner made to their own factors to the audit trail.</summary>
    public Task RecordAsync(StaffUser user, string what) =>
        audit.RecordAsync(AuditAction.SecondFactorChanged, user.Id, user.Id, what);
}
