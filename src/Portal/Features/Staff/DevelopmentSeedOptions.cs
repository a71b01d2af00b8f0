namespace AdviceIntake.Portal.Features.Staff;

/// <summary>Demo accounts created at start-up in Development only; their passwords are in appsettings.Development.json.</summary>
public sealed class DevelopmentSeedOptions
{
    public const string Section = "DevelopmentSeed";

    public List<DemoAccount> Accounts { get; set; } = [];

    public sealed class DemoAccount
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public List<string> Roles { get; set; } = [];

        public DemoProfile? Profile { get; set; }
    }

    public sealed class DemoProfile
    {
        public string DisplayName { get; set; } = string.Empty;

        public string Credentials { get; set; } = string.Empty;

        public string Bio { get; set; } = string.Empty;

        public string LicenceState { get; set; } = string.Empty;

        public DateOnly LicenceExpiresOn { get; set; }
    }
}
