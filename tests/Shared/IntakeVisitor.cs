using System.Net;
using System.Text.RegularExpressions;

namespace AdviceIntake.Portal.Testing;

/// <summary>
/// A person sending a question with a browser that runs no script: plain GETs and form posts with the page's own
/// antiforgery token, cookies kept, redirects followed by hand so each step can be seen.
/// </summary>
public sealed partial class IntakeVisitor : IDisposable
{
    private readonly HttpClient client;

    public IntakeVisitor(Uri address, string? forwardedFor = null)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client => client;

    /// <summary>Every page this visitor was shown, for a test to look through.</summary>
    public List<string> Pages { get; } = [];

    public async Task<string> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        Pages.Add(html);
        return html;
    }

    /// <summary>Loads the page, fills its form and posts it; returns where the portal sent the visitor, or null and the page.</summary>
    public async Task<(string? Next, string Html)> PostAsync(string path, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken = default)
    {
        var page = await GetAsync(path, cancellationToken);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = TokenIn(page),
            ["_handler"] = Handler().Match(page).Groups[1].Value,
        };
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(form), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        Pages.Add(html);
        return (response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, html);
    }

    /// <summary>Every page of the form with answers that raise no alarm, up to the check-answers page.</summary>
    public async Task ReachCheckAsync(string text, CancellationToken cancellationToken = default)
    {
        await GetAsync("/ask", cancellationToken);
        await ExpectNextAsync("/ask/safety", new() { ["InDangerNow"] = "no", ["ThoughtsOfSelfHarm"] = "no", ["HarmFrom"] = "NoOne", ["ChildBeingHurt"] = "no" }, "/ask/topic", cancellationToken);
        await ExpectNextAsync("/ask/topic", new() { ["Topic"] = "Family" }, "/ask/question", cancellationToken);
        await ExpectNextAsync("/ask/question", new() { ["Title"] = "My sister", ["Text"] = text }, "/ask/about-you", cancellationToken);
        await ExpectNextAsync("/ask/about-you", new() { ["State"] = "OR" }, "/ask/signing-off", cancellationToken);
        await ExpectNextAsync("/ask/signing-off", new() { ["PenName"] = "Missing Her", ["ConsentsToPublication"] = "no" }, "/ask/check", cancellationToken);
    }

    /// <summary>The whole form with answers that raise no alarm; returns the reference and passphrase shown.</summary>
    public async Task<(string Reference, string Passphrase)> SendQuestionAsync(string text, CancellationToken cancellationToken = default)
    {
        await ReachCheckAsync(text, cancellationToken);
        await ExpectNextAsync("/ask/check", new(), "/ask/sent", cancellationToken);
        var sent = await GetAsync("/ask/sent", cancellationToken);
        return (Reference().Match(sent).Groups[1].Value.Trim(), Passphrase().Match(sent).Groups[1].Value.Trim());
    }

    public async Task ExpectNextAsync(string path, Dictionary<string, string> fields, string next, CancellationToken cancellationToken = default)
    {
        var (location, html) = await PostAsync(path, fields, cancellationToken);
        if (location != next)
        {
            throw new InvalidOperationException($"Posting {path} led to {location ?? "the same page"}, not {next}:{Environment.NewLine}{Problems(html)}");
        }
    }

    /// <summary>The antiforgery token of the page's form.</summary>
    public static string TokenIn(string html) => Token().Match(html).Groups[1].Value;

    /// <summary>The error summary's words, or the page's heading when there is none.</summary>
    public static string Problems(string html) =>
        Summary().Match(html) is { Success: true } summary ? WebUtility.HtmlDecode(Regex.Replace(summary.Groups[1].Value, "<[^>]+>", " ").Trim())
        : Heading().Match(html).Groups[1].Value;

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" (?:type=\"hidden\" )?value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"_handler\" value=\"([^\"]+)\"")]
    private static partial Regex Handler();

    [GeneratedRegex("data-reference>([^<]+)<")]
    private static partial Regex Reference();

    [GeneratedRegex("data-passphrase>([^<]+)<")]
    private static partial Regex Passphrase();

    [GeneratedRegex("<ul class=\"error-summary-list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("<h1[^>]*>([^<]*)<")]
    private static partial Regex Heading();
}
