using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>An Admin changes an account's roles and counselor profile.</summary>
public sealed class UpdateStaffAccount(IServiceScopeFactory scopes, AuditTrail audit, ILogger<UpdateStaffAccount> logger)
{
    public sealed record Input(string UserId, IReadOnlyCollection<string> Roles, ProfileInput Profile);

    public async Task<StaffAccountResult> HandleAsync(StaffMember caller, Input input)
    {
        if (!caller.IsAdmin)
        {
            return StaffAccountResult.Refused;
        }

        var (profile, profileErrors) = StaffAccountRules.CheckProfile(input.Roles, input.Profile);
        var errors = StaffAccountRules.CheckRoles(input.Roles).Concat(profileErrors).ToList();
        if (input.UserId == caller.Id && !input.Roles.Contains(StaffRoles.Admin))
        {
            errors.Add(new FieldError("Roles", "You cannot remove the Admin role from your own account; ask another Admin."));
        }

        if (errors.Count > 0)
        {
            return StaffAccountResult.Failed(errors);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(input.UserId);
        if (user is null)
        {
            return StaffAccountResult.Failed([new FieldError(string.Empty, "This account no longer exists.")]);
        }

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(input.Roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, input.Roles.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return StaffAccountResult.Failed(added.Errors.Select(e => new FieldError("Roles", e.Description)));
        }

        if (profile is not null)
        {
            user.SetProfile(profile);
        }

        // A new security stamp makes open sessions pick up the new roles at their next check.
        var saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded)
        {
            return StaffAccountResult.Failed(saved.Errors.Select(e => new FieldError(string.Empty, e.Description)));
        }

        await transaction.CommitAsync();

        // After the commit: the trail is appended one row at a time, and must not wait behind this transaction.
        await audit.RecordAsync(AuditAction.AccountChanged, caller.Id, user.Id, string.Join(", ", input.Roles));
        logger.LogInformation("Staff account {UserId} updated by {ActingUserId}", user.Id, caller.Id);
        return StaffAccountResult.Success(user.Id);
    }
}
