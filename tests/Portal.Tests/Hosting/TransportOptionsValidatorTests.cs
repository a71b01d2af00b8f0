using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace AdviceIntake.Portal.Tests.Hosting;

public sealed class TransportOptionsValidatorTests
{
    [Theory]
    [InlineData("Production", false, false)]
    [InlineData("Staging", false, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, true)]
    [InlineData(EnvironmentNames.Testing, false, true)]
    public void Only_development_and_the_test_host_may_serve_plain_http(string environment, bool requireHttps, bool starts)
    {
        var validator = new TransportOptionsValidator(new HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, new TransportOptions { RequireHttps = requireHttps });

        Assert.Equal(starts, result.Succeeded);
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.0.0.0/24", true)]
    [InlineData("fd00::/64", true)]
    [InlineData("nginx.internal", false)]
    [InlineData("10.0.0.0/99", false)]
    public void A_proxy_is_named_by_address_or_network(string proxy, bool starts)
    {
        var validator = new TransportOptionsValidator(new HostingEnvironment { EnvironmentName = "Production" });

        var result = validator.Validate(null, new TransportOptions { KnownProxies = [proxy] });

        Assert.Equal(starts, result.Succeeded);
        if (!starts)
        {
            Assert.Contains(proxy, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
