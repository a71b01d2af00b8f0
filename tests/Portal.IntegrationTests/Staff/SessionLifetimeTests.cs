using System.Net;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

/// <summary>The portal with a clock the test moves, so hours of a shift pass in a moment.</summary>
public sealed class ClockedPortal() : PortalHost(DatabaseProvider.Sqlite)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SessionLifetimeTests(ClockedPortal host) : IClassFixture<ClockedPortal>, IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync()
    {
        await host.ResetAsync();
        await host.CreateStaffAsync("dana@clinic.example", Password, StaffRoles.Counselor);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Thirty_minutes_without_activity_end_the_session_and_activity_keeps_it()
    {
        using var session = await SignedInAsync();

        host.Clock.Advance(TimeSpan.FromMinutes(29));
        var afterTwentyNine = await ActAsync(session);
        host.Clock.Advance(TimeSpan.FromMinutes(29));
        var afterFiftyEight = await ActAsync(session);
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var afterIdle = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, afterTwentyNine.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, afterFiftyEight.StatusCode);
        Assert.StartsWith("/Account/Login", session.NextPath(afterIdle), StringComparison.Ordinal);
    }

    [Fact]
    public async Task However_active_a_session_ends_twelve_hours_after_signing_in()
    {
        using var session = await SignedInAsync();

        var answers = new List<HttpStatusCode>();
        for (var minutes = 20; minutes < 12 * 60; minutes += 20)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(20));
            answers.Add((await ActAsync(session)).StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(20));
        var atTwelveHours = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NoContent, a));
        Assert.StartsWith("/Account/Login", session.NextPath(atTwelveHours), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_page_keeping_its_connection_is_not_activity_but_the_page_script_reporting_a_click_is()
    {
        using var session = await SignedInAsync();

        host.Clock.Advance(TimeSpan.FromMinutes(20));
        await session.Client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, TestContext.Current.CancellationToken);
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var connectionOnly = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        using var other = await SignedInAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(25));
        var withoutHeader = await other.Client.PostAsync(StaffEndpoints.ActivityPath, null, TestContext.Current.CancellationToken);
        using var report = new HttpRequestMessage(HttpMethod.Post, StaffEndpoints.ActivityPath);
        report.Headers.Add("X-Staff-Activity", "1");
        var reported = await other.Client.SendAsync(report, TestContext.Current.CancellationToken);
        host.Clock.Advance(TimeSpan.FromMinutes(25));
        var afterReport = await other.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.StartsWith("/Account/Login", session.NextPath(connectionOnly), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutHeader.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reported.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterReport.StatusCode);
    }

    [Fact]
    public async Task The_jobs_dashboard_polling_by_itself_is_not_activity()
    {
        using var session = await SignedInAsync();

        for (var minutes = 10; minutes <= 30; minutes += 10)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            await session.Client.PostAsync("/hangfire/stats", new FormUrlEncodedContent([new("metrics[]", "enqueued:count")]), TestContext.Current.CancellationToken);
        }

        var response = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        Assert.StartsWith("/Account/Login", session.NextPath(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_pages_is_not_activity_since_pages_reload_by_themselves()
    {
        using var session = await SignedInAsync();

        for (var minutes = 10; minutes <= 30; minutes += 10)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));
            await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        }

        var response = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        Assert.StartsWith("/Account/Login", session.NextPath(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_of_the_cookie_is_useless_once_its_owner_signs_out()
    {
        using var session = await SignedInAsync();
        var cookie = session.Cookies.GetCookieHeader(host.Address);
        var form = await session.GetFormAsync("/staff");
        await session.Client.PostAsync("/Account/Logout",
            new FormUrlEncodedContent([new("__RequestVerificationToken", form.Token)]), TestContext.Current.CancellationToken);

        using var thief = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Address };
        // A page's address may contain a dot; it is checked like any other.
        foreach (var path in new[] { "/staff", "/Account/Manage", "/Account/Manage/RenamePasskey/x.y" })
        {
            using var replay = new HttpRequestMessage(HttpMethod.Get, path);
            replay.Headers.Add("Cookie", cookie);
            var response = await thief.SendAsync(replay, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> ActAsync(StaffSession session)
    {
        using var report = new HttpRequestMessage(HttpMethod.Post, StaffEndpoints.ActivityPath);
        report.Headers.Add("X-Staff-Activity", "1");
        return await session.Client.SendAsync(report, TestContext.Current.CancellationToken);
    }

    private async Task<StaffSession> SignedInAsync()
    {
        var session = new StaffSession(host.Address);
        Assert.Equal("/staff", await session.SignInAsync("dana@clinic.example", Password));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken)).StatusCode);
        return session;
    }
}
