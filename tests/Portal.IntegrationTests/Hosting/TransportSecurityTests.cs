using System.Net;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Hosting;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Hosting;

/// <summary>The portal behind a proxy that ends TLS and calls it from loopback, as nginx on the same machine does.</summary>
public sealed class ProxiedPortal() : PortalHost(DatabaseProvider.Sqlite, new Dictionary<string, string?>
{
    ["Transport:RequireHttps"] = "true",
    ["Transport:HttpsPort"] = "443",
    ["Transport:KnownProxies:0"] = "127.0.0.1",
});

/// <summary>The same, but the only proxy it trusts is elsewhere: a local process sending the headers is not it.</summary>
public sealed class UntrustingPortal() : PortalHost(DatabaseProvider.Sqlite, new Dictionary<string, string?>
{
    ["Transport:RequireHttps"] = "true",
    ["Transport:HttpsPort"] = "443",
    ["Transport:KnownProxies:0"] = "10.20.30.0/24",
});

public sealed class TransportSecurityTests(TlsPortal tls, ProxiedPortal proxied, UntrustingPortal untrusting)
    : IClassFixture<TlsPortal>, IClassFixture<ProxiedPortal>, IClassFixture<UntrustingPortal>
{
    [Fact]
    public async Task Over_https_every_cookie_is_secure_host_only_and_named_for_the_host()
    {
        await tls.ResetAsync();
        await tls.CreateStaffAsync("c@clinic.example", "correct horse battery", StaffRoles.Counselor);
        using var session = new StaffSession(tls.Address, tls.Certificate);

        var signIn = await session.PostSignInAsync("c@clinic.example", "correct horse battery");

        Assert.Equal("/staff", session.NextPath(signIn));
        var cookies = session.Cookies.GetAllCookies().ToList();
        Assert.Contains(cookies, c => c.Name == "__Host-AdviceIntake.Staff");
        Assert.Contains(cookies, c => c.Name.StartsWith("__Host-.AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith(TransportSecurity.HostPrefix, c.Name, StringComparison.Ordinal);
            Assert.True(c.Secure, $"{c.Name} must be Secure");
            Assert.Equal("/", c.Path);
            Assert.True(c.HttpOnly, $"{c.Name} must be HttpOnly");
        });
    }

    [Fact]
    public async Task Plain_http_is_sent_to_https()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = proxied.Address };

        var response = await client.GetAsync("/ask?step=1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(Uri.UriSchemeHttps, response.Headers.Location?.Scheme);
        Assert.Equal("/ask?step=1", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_known_proxy_saying_the_visitor_used_https_is_believed()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = proxied.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.Contains("Antiforgery", StringComparison.Ordinal));
        Assert.StartsWith("__Host-", antiforgery, StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = untrusting.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }
}

/// <summary>The portal as configured by default: no proxy named, so no forwarded header is believed.</summary>
public sealed class NoProxyTests(SqlitePortal host) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task With_no_proxy_named_a_forwarded_address_is_not_believed()
    {
        using var session = new StaffSession(host.Address);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");

        await session.PostSignInAsync("nobody@clinic.example", "not a password at all");

        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AdviceIntake.Portal.Data.PortalDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        var row = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.AuditRecords, TestContext.Current.CancellationToken);
        Assert.Equal("no account with that address, from 127.0.0.1", row.Detail);
    }
}
