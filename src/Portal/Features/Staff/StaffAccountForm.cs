namespace AdviceIntake.Portal.Features.Staff;

/// <summary>What the account pages bind to; the use cases check it.</summary>
public sealed class StaffAccountForm
{
    public static readonly IReadOnlyList<string> FieldOrder =
        ["Email", "Password", nameof(Roles), "DisplayName", "Credentials", "Bio", "LicenceState", "LicenceExpiresOn"];

    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool IsCounselor { get; set; }

    public bool IsSupervisor { get; set; }

    public bool IsAdmin { get; set; }

    public string? DisplayName { get; set; }

    public string? Credentials { get; set; }

    public string? Bio { get; set; }

    public string? LicenceState { get; set; }

    public DateTime? LicenceExpiresOn { get; set; }

    public IReadOnlyCollection<string> Roles =>
        [.. StaffRoles.All.Where(r => r switch
        {
            StaffRoles.Counselor => IsCounselor,
            StaffRoles.Supervisor => IsSupervisor,
            _ => IsAdmin,
        })];

    public ProfileInput Profile => new(DisplayName, Credentials, Bio, LicenceState,
        LicenceExpiresOn is { } day ? DateOnly.FromDateTime(day) : null);

    public static StaffAccountForm From(GetStaffAccount.Account account) => new()
    {
        Email = account.Email,
        IsCounselor = account.Roles.Contains(StaffRoles.Counselor),
        IsSupervisor = account.Roles.Contains(StaffRoles.Supervisor),
        IsAdmin = account.Roles.Contains(StaffRoles.Admin),
        DisplayName = account.Profile?.DisplayName,
        Credentials = account.Profile?.Credentials,
        Bio = account.Profile?.Bio,
        LicenceState = account.Profile?.LicenceState,
        LicenceExpiresOn = account.Profile?.LicenceExpiresOn.ToDateTime(TimeOnly.MinValue),
    };
}
