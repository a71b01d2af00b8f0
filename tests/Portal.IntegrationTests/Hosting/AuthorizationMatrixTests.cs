using System.Net;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Hosting;

/// <summary>
/// Every page and endpoint in the portal's own route table, asked for by an anonymous visitor and by each staff role,
/// against the answer written down here. A route that is added without an entry fails until someone decides who may
/// reach it.
/// </summary>
public sealed class AuthorizationMatrixTests(SqlitePortal host) : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    /// <summary>What a caller gets back.</summary>
    public enum Answer
    {
        /// <summary>The page or the endpoint's answer (2xx).</summary>
        Open,

        /// <summary>Sent to sign in.</summary>
        SignIn,

        /// <summary>Signed in, but sent to the access-denied page.</summary>
        Denied,

        /// <summary>Sent on to another page of the same area (a step out of order, nothing to change).</summary>
        Elsewhere,

        /// <summary>Allowed in, but nothing is at that address (404), such as a case that does not exist.</summary>
        Missing,
    }

    private sealed record Entry(string Method, string Url, Answer Anonymous, Answer Counselor, Answer Supervisor, Answer Admin);

    private static Entry Page(string url, Answer anonymous, Answer counselor, Answer supervisor, Answer admin) =>
        new("GET", url, anonymous, counselor, supervisor, admin);

    private static Entry Public(string url) => Page(url, Answer.Open, Answer.Open, Answer.Open, Answer.Open);

    private static Entry AnyStaff(string url) => Page(url, Answer.SignIn, Answer.Open, Answer.Open, Answer.Open);

    private const string SomeGuid = "00000000-0000-0000-0000-000000000001";

    // Route pattern (as the route table has it) → how it is asked for, and the answer for each caller.
    private static readonly Dictionary<string, Entry> Matrix = new()
    {
        ["/"] = Public("/"),
        ["/ask"] = Public("/ask"),
        ["/ask/{Step}"] = Public("/ask/safety"),
        ["/cover-your-tracks"] = Public("/cover-your-tracks"),
        // Quick exit: the draft is erased, then the browser is sent to a neutral site.
        ["/exit"] = Page("/exit", Answer.Elsewhere, Answer.Elsewhere, Answer.Elsewhere, Answer.Elsewhere),
        ["/status"] = Public("/status"),
        ["/advice"] = Public("/advice"),
        // Never published, taken down, or consent withdrawn: to anyone, nothing is there.
        ["/advice/{Slug}"] = Page("/advice/no-such-article", Answer.Missing, Answer.Missing, Answer.Missing, Answer.Missing),
        ["/status/stop/{Token}"] = Public("/status/stop/not-a-link"),
        ["/Error"] = Public("/Error"),
        ["/not-found"] = Public("/not-found"),
        ["/healthz"] = Public("/healthz"),
        ["/readyz"] = Public("/readyz"),
        ["/Account/Login"] = Public("/Account/Login"),
        ["/Account/AccessDenied"] = Public("/Account/AccessDenied"),
        ["/Account/InvalidUser"] = Public("/Account/InvalidUser"),
        ["/Account/Lockout"] = Public("/Account/Lockout"),
        // The second sign-in step, reached without the first: back to the first.
        ["/Account/LoginWith2fa"] = Page("/Account/LoginWith2fa", Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn),
        ["/Account/LoginWithRecoveryCode"] = Page("/Account/LoginWithRecoveryCode", Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn),
        ["/Account/Manage"] = AnyStaff("/Account/Manage"),
        ["/Account/Manage/ChangePassword"] = AnyStaff("/Account/Manage/ChangePassword"),
        ["/Account/Manage/TwoFactorAuthentication"] = AnyStaff("/Account/Manage/TwoFactorAuthentication"),
        ["/Account/Manage/Passkeys"] = AnyStaff("/Account/Manage/Passkeys"),
        ["/Account/Manage/EnableAuthenticator"] = AnyStaff("/Account/Manage/EnableAuthenticator"),
        ["/Account/Manage/ResetAuthenticator"] = AnyStaff("/Account/Manage/ResetAuthenticator"),
        ["/Account/Reauthenticate"] = AnyStaff("/Account/Reauthenticate"),
        // Nothing to turn off, no codes without an app, no such passkey: back to the security page, saying why.
        ["/Account/Manage/Disable2fa"] = Page("/Account/Manage/Disable2fa", Answer.SignIn, Answer.Elsewhere, Answer.Elsewhere, Answer.Elsewhere),
        ["/Account/Manage/GenerateRecoveryCodes"] = Page("/Account/Manage/GenerateRecoveryCodes", Answer.SignIn, Answer.Elsewhere, Answer.Elsewhere, Answer.Elsewhere),
        ["/Account/Manage/RenamePasskey/{Id}"] = Page("/Account/Manage/RenamePasskey/AAAA", Answer.SignIn, Answer.Elsewhere, Answer.Elsewhere, Answer.Elsewhere),
        ["/staff"] = AnyStaff("/staff"),
        ["/staff/questions/{Id:guid}"] = AnyStaff($"/staff/questions/{SomeGuid}"),
        ["/staff/audit"] = Page("/staff/audit", Answer.SignIn, Answer.Denied, Answer.Open, Answer.Open),
        ["/staff/background"] = Page("/staff/background", Answer.SignIn, Answer.Denied, Answer.Open, Answer.Open),
        ["/staff/accounts"] = Page("/staff/accounts", Answer.SignIn, Answer.Denied, Answer.Denied, Answer.Open),
        ["/staff/accounts/new"] = Page("/staff/accounts/new", Answer.SignIn, Answer.Denied, Answer.Denied, Answer.Open),
        ["/staff/accounts/{UserId}"] = Page($"/staff/accounts/{SomeGuid}", Answer.SignIn, Answer.Denied, Answer.Denied, Answer.Open),
        ["/staff/snippets"] = AnyStaff("/staff/snippets"),
        ["/staff/articles"] = AnyStaff("/staff/articles"),
        ["/staff/articles/{Id:guid}"] = AnyStaff($"/staff/articles/{SomeGuid}"),
        ["/staff/comments"] = AnyStaff("/staff/comments"),
        ["/staff/referrals"] = AnyStaff("/staff/referrals"),
        ["/staff/referrals/new"] = Page("/staff/referrals/new", Answer.SignIn, Answer.Denied, Answer.Open, Answer.Open),
        ["/staff/referrals/{Id:guid}"] = Page($"/staff/referrals/{SomeGuid}", Answer.SignIn, Answer.Denied, Answer.Open, Answer.Open),
        ["/staff/referrals/export"] = Page("/staff/referrals/export", Answer.SignIn, Answer.Denied, Answer.Open, Answer.Open),
        ["/staff/questions/{id:guid}/documents/{kind}"] = Page($"/staff/questions/{SomeGuid}/documents/letter", Answer.SignIn, Answer.Missing, Answer.Missing, Answer.Missing),
        // A forged or expired link leads back to the look-up, saying so.
        ["/status/documents/{token}"] = Page("/status/documents/forged", Answer.Elsewhere, Answer.Elsewhere, Answer.Elsewhere, Answer.Elsewhere),
        // Endpoints, each posted with the caller's own antiforgery token.
        ["/Account/Logout"] = new("POST", "/Account/Logout", Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn),
        ["/Account/PasskeyRequestOptions"] = new("POST", "/Account/PasskeyRequestOptions", Answer.Open, Answer.Open, Answer.Open, Answer.Open),
        ["/Account/PasskeyCreationOptions"] = new("POST", "/Account/PasskeyCreationOptions", Answer.SignIn, Answer.Open, Answer.Open, Answer.Open),
        // The form's save as people type keeps whoever's draft it is; it is anyone's to use.
        ["/ask/{step}/draft"] = new("POST", "/ask/question/draft", Answer.Open, Answer.Open, Answer.Open, Answer.Open),
        [StaffEndpoints.ActivityPath] = new("POST", StaffEndpoints.ActivityPath, Answer.SignIn, Answer.Open, Answer.Open, Answer.Open),
    };

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Every_route_in_the_route_table_has_its_answers_written_down()
    {
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Where(p => !IsFrameworkOrFile(p))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(Matrix.Keys.Order(StringComparer.Ordinal), routes);
    }

    [Fact]
    public async Task Each_caller_gets_the_written_answer_from_every_route()
    {
        var callers = new List<(string Name, StaffSession Session, Func<Entry, Answer> Expected)>
        {
            ("anonymous", new StaffSession(host.Address), e => e.Anonymous),
            (StaffRoles.Counselor, await SignedInAsync(StaffRoles.Counselor), e => e.Counselor),
            (StaffRoles.Supervisor, await SignedInAsync(StaffRoles.Supervisor), e => e.Supervisor),
            (StaffRoles.Admin, await SignedInAsync(StaffRoles.Admin), e => e.Admin),
        };

        var wrong = new List<string>();
        foreach (var (name, session, expected) in callers)
        {
            using (session)
            {
                // Signing out last, so every other route is asked with the session still open.
                foreach (var (route, entry) in Matrix.OrderBy(m => m.Key == "/Account/Logout"))
                {
                    var answer = await AskAsync(session, entry);
                    if (answer != expected(entry))
                    {
                        wrong.Add($"{name} {entry.Method} {route}: expected {expected(entry)}, got {answer}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static async Task<Answer> AskAsync(StaffSession session, Entry entry)
    {
        HttpResponseMessage response;
        if (entry.Method == "GET")
        {
            response = await session.Client.GetAsync(entry.Url);
        }
        else
        {
            var (_, token) = await session.GetFormAsync("/Account/Login");
            using var request = new HttpRequestMessage(HttpMethod.Post, entry.Url)
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
            };
            request.Headers.Add("X-Staff-Activity", "1");
            response = await session.Client.SendAsync(request);
        }

        var status = (int)response.StatusCode;
        var next = session.NextPath(response) ?? string.Empty;
        return status is >= 200 and < 300 ? Answer.Open
            : status is 302 or 303 or 307 && next.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase) ? Answer.SignIn
            : status is 302 or 303 or 307 && next.StartsWith("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) ? Answer.Denied
            : status is 302 or 303 or 307 ? Answer.Elsewhere
            : status is 404 ? Answer.Missing
            : throw new InvalidOperationException($"{entry.Method} {entry.Url} answered {status}, which the matrix has no word for.");
    }

    private async Task<StaffSession> SignedInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}@clinic.example";
        await host.CreateStaffAsync(email, Password, role);
        var session = new StaffSession(host.Address);
        Assert.Equal("/staff", await session.SignInAsync(email, Password));
        return session;
    }

    // Blazor's own connection and framework files, and the static files of the portal and its packages.
    private static bool IsFrameworkOrFile(string pattern) =>
        pattern.StartsWith("/_blazor", StringComparison.Ordinal)
        || pattern.StartsWith("/_framework", StringComparison.Ordinal)
        || pattern.StartsWith("/_content", StringComparison.Ordinal)
        || pattern.EndsWith(":file}", StringComparison.Ordinal)
        || Path.HasExtension(pattern.Split('/')[^1].Replace("{", string.Empty, StringComparison.Ordinal));
}
