using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>Identity has a minimum length but no maximum; ASVS asks for at least 64 allowed, we allow 128.</summary>
public sealed class MaximumLengthPasswordValidator : IPasswordValidator<StaffUser>
{
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords must be {MaximumLength} characters or fewer.",
            })
            : IdentityResult.Success);
}
