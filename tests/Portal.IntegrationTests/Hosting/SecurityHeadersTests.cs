using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Hosting;

namespace AdviceIntake.Portal.IntegrationTests.Hosting;

public sealed class SecurityHeadersTests(SqlitePortal host) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/no-such-page")]
    public async Task Every_response_forbids_framing_sniffing_referrers_and_other_origins(string path)
    {
        using var client = new HttpClient { BaseAddress = host.Address };

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Staff_pages_and_the_sign_in_page_are_never_stored()
    {
        await host.CreateStaffAsync("c@clinic.example", "correct horse battery", StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);
        await session.SignInAsync("c@clinic.example", "correct horse battery");

        foreach (var path in new[] { "/staff", "/Account/Login", "/Account/Manage" })
        {
            var response = await session.Client.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{path} must be no-store");
        }
    }

    [Fact]
    public async Task A_fingerprinted_stylesheet_keeps_its_own_long_caching()
    {
        using var client = new HttpClient { BaseAddress = host.Address };
        var page = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var stylesheet = System.Text.RegularExpressions.Regex.Match(page, "href=\"(app\\.[a-z0-9]+\\.css)\"").Groups[1].Value;

        var response = await client.GetAsync(stylesheet, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }
}

/// <summary>The portal outside Development over TLS, as it runs in production.</summary>
public sealed class TlsPortal() : PortalHost(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Transport:RequireHttps"] = "true" })
{
    public X509Certificate2 Certificate { get; } = CreateCertificate();

    protected override void UseServer() =>
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate)));

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal.example", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}

public sealed class StrictTransportSecurityTests(TlsPortal host) : IClassFixture<TlsPortal>
{
    [Fact]
    public async Task Outside_development_https_responses_carry_strict_transport_security()
    {
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == host.Certificate.Thumbprint,
        };
        using var client = new HttpClient(handler) { BaseAddress = host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        // HSTS is never sent to localhost addresses, so the request names the host a visitor would use.
        request.Headers.Host = "portal.example";

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }
}
