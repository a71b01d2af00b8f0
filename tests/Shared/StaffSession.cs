using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace AdviceIntake.Portal.Testing;

/// <summary>A browser-like HTTP client with its own cookies that signs in through the real sign-in form.</summary>
public sealed partial class StaffSession : IDisposable
{
    private readonly HttpClient client;

    /// <param name="trustedCertificate">The self-signed certificate of a host that serves HTTPS itself.</param>
    public StaffSession(Uri address, X509Certificate2? trustedCertificate = null)
    {
        Cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false };
        if (trustedCertificate is not null)
        {
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == trustedCertificate.Thumbprint;
        }

        client = new HttpClient(handler) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client => client;

    /// <summary>Posts the sign-in form; returns where the portal sent the browser next, or null when it stayed on the form.</summary>
    public async Task<string?> SignInAsync(string email, string password) => NextPath(await PostSignInAsync(email, password));

    public async Task<HttpResponseMessage> PostSignInAsync(string email, string password)
    {
        var form = await GetFormAsync("/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Posts the authenticator code on the second sign-in step.</summary>
    public async Task<string?> SubmitAuthenticatorCodeAsync(string path, string code)
    {
        var form = await GetFormAsync(path);
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Token,
            ["_handler"] = "login-with-2fa",
            ["Input.TwoFactorCode"] = code,
        }));
        return NextPath(response);
    }

    /// <summary>The path of a redirect, whether the portal gave it absolute or relative; null when it did not redirect.</summary>
    public string? NextPath(HttpResponseMessage response) => response.Headers.Location is { } location
        ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString)
        : null;

    public async Task<(string Html, string Token)> GetFormAsync(string path)
    {
        var html = await client.GetStringAsync(path);
        var token = AntiforgeryField().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{path} has no antiforgery field.");
        }

        return (html, WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
