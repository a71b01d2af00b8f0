using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// An Admin gives a staff member who forgot their password a new first password. As with a new account, its owner must
/// replace it at the next sign-in; every open session of the account ends, and a lock-out is lifted.
/// </summary>
public sealed class SetFirstPassword(IServiceScopeFactory scopes, AuditTrail audit, ILogger<SetFirstPassword> logger)
{
    public sealed record Input(string UserId, string? Password);

    public async Task<StaffAccountResult> HandleAsync(StaffMember caller, Input input)
    {
        if (!caller.IsAdmin)
        {
            return StaffAccountResult.Refused;
        }

        if (input.UserId == caller.Id)
        {
            return StaffAccountResult.Failed([new FieldError("Password", "Change your own password from your account page, with your current one.")]);
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            return StaffAccountResult.Failed([new FieldError("Password", "Enter the new first password.")]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(input.UserId);
        if (user is null)
        {
            return StaffAccountResult.Failed([new FieldError(string.Empty, "This account no longer exists.")]);
        }

        // The token route checks the password rules and renews the security stamp, which ends open sessions.
        user.PasswordSetByAdmin();
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), input.Password);
        if (!reset.Succeeded)
        {
            return StaffAccountResult.Failed(reset.Errors.Select(e => new FieldError("Password", e.Description)));
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditAction.PasswordChanged, caller.Id, user.Id, "new first password set by an Admin");
        logger.LogInformation("A new first password was set for staff account {UserId} by {ActingUserId}", user.Id, caller.Id);
        return StaffAccountResult.Success(user.Id);
    }
}
