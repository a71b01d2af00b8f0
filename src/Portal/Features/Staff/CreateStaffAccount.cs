using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>An Admin creates a staff account with its roles and, for counselors, the profile letters are signed with.</summary>
public sealed class CreateStaffAccount(IServiceScopeFactory scopes, AuditTrail audit, TimeProvider clock, ILogger<CreateStaffAccount> logger)
{
    public sealed record Input(string? Email, string? Password, IReadOnlyCollection<string> Roles, ProfileInput Profile);

    public async Task<StaffAccountResult> HandleAsync(StaffMember caller, Input input)
    {
        if (!caller.IsAdmin)
        {
            return StaffAccountResult.Refused;
        }

        var email = input.Email?.Trim();
        var (profile, profileErrors) = StaffAccountRules.CheckProfile(input.Roles, input.Profile);
        var errors = StaffAccountRules.CheckEmail(email).Concat(StaffAccountRules.CheckRoles(input.Roles)).Concat(profileErrors).ToList();
        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add(new FieldError("Password", "Enter a first password for the account."));
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = StaffUser.Create(email ?? string.Empty, clock.GetUtcNow());
        if (profile is not null)
        {
            user.SetProfile(profile);
        }

        if (!string.IsNullOrEmpty(input.Password))
        {
            foreach (var validator in users.PasswordValidators)
            {
                var checkedPassword = await validator.ValidateAsync(users, user, input.Password);
                errors.AddRange(checkedPassword.Errors.Select(e => new FieldError("Password", e.Description)));
            }
        }

        if (errors.Count > 0)
        {
            return StaffAccountResult.Failed(errors);
        }

        // Identity saves the user and the roles separately; one transaction keeps a failure from leaving half an account.
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return StaffAccountResult.Failed(created.Errors.Select(ToFieldError));
        }

        var roles = await users.AddToRolesAsync(user, input.Roles);
        if (!roles.Succeeded)
        {
            return StaffAccountResult.Failed(roles.Errors.Select(e => new FieldError("Roles", e.Description)));
        }

        await transaction.CommitAsync();

        // After the commit: the trail is appended one row at a time, and must not wait behind this transaction.
        await audit.RecordAsync(AuditAction.AccountCreated, caller.Id, user.Id, string.Join(", ", input.Roles));
        logger.LogInformation("Staff account {UserId} created with roles {Roles}", user.Id, string.Join(",", input.Roles));
        return StaffAccountResult.Success(user.Id);
    }

    private static FieldError ToFieldError(IdentityError error) =>
        new(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", error.Description);
}
