using System.Net;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Realtime;

/// <summary>
/// The queue feed has no address: it lives inside the server and reaches only the staff pages that subscribe to it.
/// This walks every endpoint the portal maps, so a new one that could expose it fails here until it is reviewed.
/// </summary>
public sealed class FeedExposureTests(SqlitePortal host)
{
    // Route patterns that are not pages: Blazor's hub and framework files, Identity's form posts, the health check, the
    // staff pages' activity report, which answers nothing but "noted", quick exit and the form's save as people type
    // (each answers with no content), and files: letters and sheets for staff and for the person, and the directory's CSV.
    private static readonly string[] KnownPrefixes =
    [
        "/_blazor", "/_framework", "/_content", "/Account/", "/healthz", "/readyz", StaffEndpoints.ActivityPath, "/staff/questions/{id:guid}/documents/",
        "/status/documents/", "/staff/referrals/export", "/exit", "/ask/{step}/draft",
    ];

    [Fact]
    public void No_endpoint_other_than_pages_framework_files_sign_in_and_health_exists()
    {
        var unexpected = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Where(p => !KnownPrefixes.Any(k => p.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
            .Where(p => !IsComponentPage(p) && !IsStaticFile(p))
            .ToList();

        Assert.Empty(unexpected);
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/audit")]
    [InlineData("/staff/questions/00000000-0000-0000-0000-000000000001")]
    public async Task Someone_who_has_just_sent_a_question_is_still_sent_to_sign_in_for_staff_pages(string path)
    {
        using var visitor = new StaffSession(host.Address);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/ask", TestContext.Current.CancellationToken)).StatusCode);

        var response = await visitor.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", visitor.NextPath(response), StringComparison.Ordinal);
    }

    private static bool IsComponentPage(string pattern) => typeof(Program).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), inherit: false))
        .Cast<Microsoft.AspNetCore.Components.RouteAttribute>()
        .Any(r => string.Equals("/" + r.Template.TrimStart('/'), pattern, StringComparison.OrdinalIgnoreCase));

    // Static web assets map one endpoint per file, each with an extension, and a catch-all limited to existing files.
    private static bool IsStaticFile(string pattern) =>
        pattern.EndsWith(":file}", StringComparison.Ordinal) || Path.HasExtension(pattern.Split('/')[^1].Replace("{", string.Empty, StringComparison.Ordinal));
}
