using System.Net;
using System.Reflection;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Components;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

/// <summary>
/// Walks every staff page the portal has, as an anonymous visitor and as each role. A new staff page fails this test
/// until its expected access is written in <see cref="Expected"/>.
/// </summary>
public sealed class StaffRouteAuthorizationTests(SqlitePortal host) : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    // Route template → roles allowed. Parameters are filled in by SampleUrl.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["/staff"] = [StaffRoles.Counselor, StaffRoles.Supervisor, StaffRoles.Admin],
        ["/staff/accounts"] = [StaffRoles.Admin],
        ["/staff/accounts/new"] = [StaffRoles.Admin],
        ["/staff/accounts/{UserId}"] = [StaffRoles.Admin],
        ["/staff/questions/{Id:guid}"] = [StaffRoles.Counselor, StaffRoles.Supervisor, StaffRoles.Admin],
        ["/staff/audit"] = [StaffRoles.Supervisor, StaffRoles.Admin],
    };

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static TheoryData<string> StaffRoutes() => [.. DiscoverStaffRoutes()];

    [Fact]
    public void Every_staff_page_has_its_expected_access_written_down()
    {
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), DiscoverStaffRoutes().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StaffRoutes))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string route)
    {
        using var session = new StaffSession(host.Address);

        var response = await session.Client.GetAsync(SampleUrl(route), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StaffRoutes))]
    public async Task Each_role_reaches_only_the_pages_meant_for_it(string route)
    {
        foreach (var role in StaffRoles.All)
        {
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@clinic.example";
            await host.CreateStaffAsync(email, Password, role);
            using var session = new StaffSession(host.Address);
            Assert.Equal("/staff", await session.SignInAsync(email, Password));

            var response = await session.Client.GetAsync(SampleUrl(route), TestContext.Current.CancellationToken);

            if (Expected[route].Contains(role))
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} should open {route} but got {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} should be refused {route} but got {response.StatusCode}");
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    private static string SampleUrl(string route) => route
        .Replace("{UserId}", "00000000-0000-0000-0000-000000000000", StringComparison.Ordinal)
        .Replace("{Id:guid}", "00000000-0000-0000-0000-000000000001", StringComparison.Ordinal);

    private static IEnumerable<string> DiscoverStaffRoutes() => typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template)
        .Where(t => t.StartsWith("/staff", StringComparison.OrdinalIgnoreCase))
        .Distinct();
}
