using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Refuses to start a portal whose staff could sign in with a password alone. Development and the test host
/// ("Testing") may switch the second factor off; every other environment may not.
/// </summary>
public sealed class StaffOptionsValidator(IHostEnvironment environment) : IValidateOptions<StaffOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffOptions options) =>
        options.RequireSecondFactor || environment.IsDevelopmentOrTesting()
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Staff:RequireSecondFactor is off in the {environment.EnvironmentName} environment. Outside Development every staff member signs in with a second factor; remove the setting.");
}
