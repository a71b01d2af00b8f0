using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Hosting;

/// <summary>HTTPS only, cookies that only HTTPS can carry, and forwarded headers from known proxies only.</summary>
public static class TransportSecurity
{
    /// <summary>A browser keeps a cookie of this name only if it is Secure, host-only and for the whole site.</summary>
    public const string HostPrefix = "__Host-";

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services)
    {
        services.AddOptions<TransportOptions>().BindConfiguration(TransportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TransportOptions>, TransportOptionsValidator>();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TransportOptions>>((forwarded, transport) =>
        {
            // With no proxy named nothing is forwarded, even when the framework adds the middleware itself
            // (ASPNETCORE_FORWARDEDHEADERS_ENABLED): given empty lists, it would believe every sender.
            forwarded.ForwardedHeaders = transport.Value.KnownProxies.Length > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;

            // The framework trusts loopback by default; a process on the same machine is not a proxy unless named.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in transport.Value.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
            }
        });
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<TransportOptions>>((redirect, transport) =>
            redirect.HttpsPort = transport.Value.HttpsPort);

        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, HostOnlyCookies>();
        services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>, HostOnlyCookies>();
        services.AddSingleton<PublicCookies>();
        return services;
    }

    /// <summary>Before anything reads the client's address or scheme, and before anything answers over plain HTTP.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        // With no proxy named it forwards nothing (see the options above).
        app.UseForwardedHeaders();
        if (app.Services.GetRequiredService<IOptions<TransportOptions>>().Value.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>Every cookie the framework sets for the portal, named and flagged so that only HTTPS carries it.</summary>
    private sealed class HostOnlyCookies(IOptions<TransportOptions> transport)
        : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options) => Harden(options.Cookie);

        public void PostConfigure(string? name, AntiforgeryOptions options) => Harden(options.Cookie);

        private void Harden(CookieBuilder cookie)
        {
            if (!transport.Value.RequireHttps)
            {
                return;
            }

            cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Path = "/";
            cookie.Domain = null;
            if (cookie.Name is { } name && !name.StartsWith(HostPrefix, StringComparison.Ordinal))
            {
                cookie.Name = HostPrefix + name;
            }
        }
    }
}
