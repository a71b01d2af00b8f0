using System.Net;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Hosting;

/// <summary>How requests reach the portal: over HTTPS, and through which reverse proxies.</summary>
public sealed class TransportOptions
{
    public const string Section = "Transport";

    /// <summary>
    /// Plain HTTP is redirected to HTTPS, browsers are told to stay on HTTPS (HSTS), and every cookie is
    /// <c>Secure</c> with the <c>__Host-</c> prefix. Only Development and the test host may switch it off.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// The port HTTPS is served on to visitors, for the redirect; unset, it is found from the portal's own HTTPS
    /// address. Behind a proxy that ends TLS, set it to the proxy's port (usually 443).
    /// </summary>
    public int? HttpsPort { get; set; }

    /// <summary>
    /// Reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed: addresses
    /// ("10.0.0.5") or networks ("10.0.0.0/24"). Nobody else's are, loopback included.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];
}

/// <summary>Refuses to start a live portal over plain HTTP, or one told to trust a proxy it cannot parse.</summary>
public sealed class TransportOptionsValidator(IHostEnvironment environment) : IValidateOptions<TransportOptions>
{
    public ValidateOptionsResult Validate(string? name, TransportOptions options)
    {
        var failures = new List<string>();
        if (!options.RequireHttps && !environment.IsDevelopmentOrTesting())
        {
            failures.Add($"Transport:RequireHttps is off in the {environment.EnvironmentName} environment. Outside Development the portal is served over HTTPS only; remove the setting.");
        }

        failures.AddRange(options.KnownProxies
            .Where(proxy => !IPAddress.TryParse(proxy, out _) && !IPNetwork.TryParse(proxy, out _))
            .Select(proxy => $"Transport:KnownProxies holds \"{proxy}\", which is neither an IP address nor a network such as 10.0.0.0/24."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
