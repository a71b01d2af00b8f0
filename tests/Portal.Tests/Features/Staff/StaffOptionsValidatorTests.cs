using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace AdviceIntake.Portal.Tests.Features.Staff;

public sealed class StaffOptionsValidatorTests
{
    [Theory]
    [InlineData("Production", false, false)]
    [InlineData("Staging", false, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, true)]
    [InlineData(EnvironmentNames.Testing, false, true)]
    public void Only_development_and_the_test_host_may_switch_the_second_factor_off(string environment, bool required, bool starts)
    {
        var validator = new StaffOptionsValidator(new HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, new StaffOptions { RequireSecondFactor = required });

        Assert.Equal(starts, result.Succeeded);
        Assert.Equal(starts, result.FailureMessage is null);
    }
}
