using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Staff;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>The counselor profile as typed into a form; empty when the account does not answer questions.</summary>
public sealed record ProfileInput(string? DisplayName, string? Credentials, string? Bio, string? LicenceState, DateOnly? LicenceExpiresOn)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(DisplayName) && string.IsNullOrWhiteSpace(Credentials) && string.IsNullOrWhiteSpace(Bio)
        && string.IsNullOrWhiteSpace(LicenceState) && LicenceExpiresOn is null;

    public static ProfileInput From(CounselorProfile? profile) => profile is null
        ? new ProfileInput(null, null, null, null, null)
        : new ProfileInput(profile.DisplayName, profile.Credentials, profile.Bio, profile.LicenceState, profile.LicenceExpiresOn);
}

/// <summary>What a create or update gave back: the account's id, or what to correct, field by field.</summary>
public sealed record StaffAccountResult(string? UserId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The caller may not manage staff accounts: said the same way for every account use case.</summary>
    public static readonly StaffAccountResult Refused = new(null, [new FieldError(string.Empty, "Only an Admin can manage staff accounts.")]);

    public static StaffAccountResult Success(string userId) => new(userId, []);

    // Identity reports a taken address twice (as user name and as email); one message is enough.
    public static StaffAccountResult Failed(IEnumerable<FieldError> errors) => new(null, [.. errors.Distinct()]);
}

internal static class StaffAccountRules
{
    /// <summary>Counselors sign letters, so they need a profile; anyone else may have one if it is complete.</summary>
    public static (CounselorProfile? Profile, IReadOnlyList<FieldError> Errors) CheckProfile(IReadOnlyCollection<string> roles, ProfileInput profile)
    {
        if (profile.IsEmpty && !roles.Contains(StaffRoles.Counselor))
        {
            return (null, []);
        }

        try
        {
            return (CounselorProfile.Create(profile.DisplayName, profile.Credentials, profile.Bio, profile.LicenceState, profile.LicenceExpiresOn), []);
        }
        catch (DomainValidationException e)
        {
            return (null, e.Errors);
        }
    }

    public static IEnumerable<FieldError> CheckRoles(IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0)
        {
            yield return new FieldError("Roles", "Choose at least one role.");
        }

        foreach (var unknown in roles.Except(StaffRoles.All))
        {
            yield return new FieldError("Roles", $"{unknown} is not a staff role.");
        }
    }

    public static IEnumerable<FieldError> CheckEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            yield return new FieldError("Email", "Enter the staff member's work email address.");
        }
        else if (!EmailAddresses.IsValid(email))
        {
            yield return new FieldError("Email", "Enter an email address in the right format, like name@example.org.");
        }
    }
}
