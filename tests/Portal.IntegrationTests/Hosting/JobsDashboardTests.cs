using System.Net;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Jobs;
using AdviceIntake.Portal.Testing;

namespace AdviceIntake.Portal.IntegrationTests.Hosting;

/// <summary>The Hangfire dashboard shows job arguments and failures: nobody below a supervisor sees it, only admins act on it.</summary>
public sealed class JobsDashboardTests(SqlitePortal host) : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Anonymous_callers_and_counselors_are_refused_supervisors_look_and_admins_may_act()
    {
        using var anonymous = new StaffSession(host.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync(JobsServiceCollectionExtensions.DashboardPath, Token)).StatusCode);

        using var counselor = await SignedInAsync(StaffRoles.Counselor);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.Client.GetAsync(JobsServiceCollectionExtensions.DashboardPath, Token)).StatusCode);

        using var supervisor = await SignedInAsync(StaffRoles.Supervisor);
        var seen = await supervisor.Client.GetAsync(JobsServiceCollectionExtensions.DashboardPath + "/recurring", Token);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        var page = await seen.Content.ReadAsStringAsync(Token);
        Assert.Contains("dispatch-due-follow-ups", page, StringComparison.Ordinal);
        Assert.DoesNotContain("js-jobs-list-command", page, StringComparison.Ordinal);

        using var admin = await SignedInAsync(StaffRoles.Admin);
        var acted = await (await admin.Client.GetAsync(JobsServiceCollectionExtensions.DashboardPath + "/recurring", Token)).Content.ReadAsStringAsync(Token);
        Assert.Contains("js-jobs-list-command", acted, StringComparison.Ordinal);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<StaffSession> SignedInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}@clinic.example";
        await host.CreateStaffAsync(email, Password, role);
        var session = new StaffSession(host.Address);
        Assert.Equal("/staff", await session.SignInAsync(email, Password));
        return session;
    }
}
