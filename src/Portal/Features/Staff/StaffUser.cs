using AdviceIntake.Domain.Staff;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>A staff sign-in. Only an Admin creates one; there is no public registration.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>Set for counselors: how they sign letters and the licence they answer under.</summary>
    public CounselorProfile? Profile { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The password was set by an Admin, who therefore knows it: the owner replaces it before anything else.</summary>
    public bool MustChangePassword { get; private set; }

    /// <summary>An account an Admin creates with a first password that its owner must change at first sign-in.</summary>
    public static StaffUser Create(string email, DateTimeOffset now) => new()
    {
        UserName = email,
        Email = email,
        // Accounts are created by an Admin who knows the address; there is no self-service confirmation mail.
        EmailConfirmed = true,
        CreatedAt = now,
        MustChangePassword = true,
    };

    /// <summary>An Admin set a new password, which the owner must replace as they would a first one.</summary>
    public void PasswordSetByAdmin() => MustChangePassword = true;

    /// <summary>The owner chose their own password.</summary>
    public void PasswordChangedByOwner() => MustChangePassword = false;

    public void SetProfile(CounselorProfile profile) => Profile = profile;

    public void Disable() => IsDisabled = true;

    public void Enable() => IsDisabled = false;
}
