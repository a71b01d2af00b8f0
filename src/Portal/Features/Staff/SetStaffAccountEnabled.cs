using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// An Admin disables or re-enables an account. Disabling renews the security stamp, so every open session of that
/// account fails its next check and ends within <see cref="StaffOptions.SessionRevalidationInterval"/>.
/// </summary>
public sealed class SetStaffAccountEnabled(IServiceScopeFactory scopes, AuditTrail audit, ILogger<SetStaffAccountEnabled> logger)
{
    public sealed record Input(string UserId, bool Enabled);

    public async Task<StaffAccountResult> HandleAsync(StaffMember caller, Input input)
    {
        if (!caller.IsAdmin)
        {
            return StaffAccountResult.Refused;
        }

        if (!input.Enabled && input.UserId == caller.Id)
        {
            return StaffAccountResult.Failed([new FieldError(string.Empty, "You cannot disable your own account; ask another Admin.")]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(input.UserId);
        if (user is null)
        {
            return StaffAccountResult.Failed([new FieldError(string.Empty, "This account no longer exists.")]);
        }

        if (input.Enabled)
        {
            user.Enable();
        }
        else
        {
            user.Disable();
        }

        var saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded)
        {
            return StaffAccountResult.Failed(saved.Errors.Select(e => new FieldError(string.Empty, e.Description)));
        }

        await audit.RecordAsync(input.Enabled ? AuditAction.AccountEnabled : AuditAction.AccountDisabled, caller.Id, user.Id);
        logger.LogInformation("Staff account {UserId} {Change} by {ActingUserId}", user.Id, input.Enabled ? "enabled" : "disabled", caller.Id);
        return StaffAccountResult.Success(user.Id);
    }
}
