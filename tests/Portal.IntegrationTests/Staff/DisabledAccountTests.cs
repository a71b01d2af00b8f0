using System.Net;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

public sealed class DisabledAccountTests(SqlitePortal host) : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_hears_what_a_wrong_password_would()
    {
        var admin = await host.CreateStaffAsync("admin@clinic.example", Password, StaffRoles.Admin);
        var counselor = await host.CreateStaffAsync("off@clinic.example", Password, StaffRoles.Counselor);
        await Disable(counselor, admin);
        await host.CreateStaffAsync("on@clinic.example", Password, StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);

        var disabled = await session.PostSignInAsync("off@clinic.example", Password);
        var wrongPassword = await session.PostSignInAsync("on@clinic.example", "not the password");

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        const string Generic = "The email address or password is not right, or the account is disabled.";
        Assert.Contains(Generic, await disabled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains(Generic, await wrongPassword.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_session_of_a_disabled_account_ends_at_its_next_check()
    {
        var admin = await host.CreateStaffAsync("admin@clinic.example", Password, StaffRoles.Admin);
        var counselor = await host.CreateStaffAsync("busy@clinic.example", Password, StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);
        Assert.Equal("/staff", await session.SignInAsync("busy@clinic.example", Password));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken)).StatusCode);

        await Disable(counselor, admin);
        await Task.Delay(TimeSpan.FromSeconds(1.2), TestContext.Current.CancellationToken);
        var response = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", session.NextPath(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        var admin = await host.CreateStaffAsync("admin@clinic.example", Password, StaffRoles.Admin);

        var result = await host.Services.GetRequiredService<SetStaffAccountEnabled>().HandleAsync(TestCallers.Admin(admin), new SetStaffAccountEnabled.Input(admin, Enabled: false));

        Assert.Equal("You cannot disable your own account; ask another Admin.", Assert.Single(result.Errors).Message);
    }

    private async Task Disable(string userId, string adminId)
    {
        var result = await host.Services.GetRequiredService<SetStaffAccountEnabled>().HandleAsync(TestCallers.Admin(adminId), new SetStaffAccountEnabled.Input(userId, Enabled: false));
        Assert.True(result.Succeeded);
    }
}
