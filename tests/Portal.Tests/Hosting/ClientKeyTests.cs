using System.Net;
using AdviceIntake.Portal.Hosting;

namespace AdviceIntake.Portal.Tests.Hosting;

public sealed class ClientKeyTests
{
    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void An_address_is_counted_alone_and_an_ipv6_address_by_its_64_network(string address, string key)
    {
        Assert.Equal(key, ClientKey.Of(IPAddress.Parse(address)));
    }

    [Fact]
    public void No_address_is_one_client()
    {
        Assert.Equal(ClientKey.Unknown, ClientKey.Of((IPAddress?)null));
    }
}
