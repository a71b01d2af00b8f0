using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Account;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

public sealed class FirstPasswordTests(SqlitePortal host) : IAsyncLifetime
{
    private const string FirstPassword = "given by the admin";
    private const string OwnPassword = "my very own words";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_password_an_admin_chose_opens_nothing_until_it_is_changed()
    {
        var id = await host.CreateStaffWithFirstPasswordAsync("new@clinic.example", FirstPassword, StaffRoles.Supervisor);
        using var session = new StaffSession(host.Address);
        await session.SignInAsync("new@clinic.example", FirstPassword);

        var queue = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        var security = await session.Client.GetAsync("/Account/Manage/TwoFactorAuthentication", TestContext.Current.CancellationToken);
        var (page, token) = await session.GetFormAsync(FirstPasswordGate.ChangePasswordPath);
        var same = await ChangeAsync(session, token, FirstPassword, FirstPassword);
        var changed = await ChangeAsync(session, (await session.GetFormAsync(FirstPasswordGate.ChangePasswordPath)).Token, FirstPassword, OwnPassword);
        var afterwards = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(FirstPasswordGate.ChangePasswordPath, session.NextPath(queue));
        Assert.Equal(FirstPasswordGate.ChangePasswordPath, session.NextPath(security));
        Assert.Contains("Choose your own password before you go on", page, StringComparison.Ordinal);
        Assert.Contains("differs from the current one", await same.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(FirstPasswordGate.ChangePasswordPath, session.NextPath(changed));
        Assert.Equal(System.Net.HttpStatusCode.OK, afterwards.StatusCode);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.False((await db.Users.SingleAsync(u => u.Id == id, TestContext.Current.CancellationToken)).MustChangePassword);
        Assert.Contains(await db.AuditRecords.ToListAsync(TestContext.Current.CancellationToken), r => r.Action == AuditAction.PasswordChanged && r.ActorId == id);
    }

    private static Task<HttpResponseMessage> ChangeAsync(StaffSession session, string token, string old, string next) =>
        session.Client.PostAsync(FirstPasswordGate.ChangePasswordPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "change-password",
            ["Input.OldPassword"] = old,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        }));
}

public sealed class ForgottenPasswordTests(ClockedPortal host) : IClassFixture<ClockedPortal>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_admin_gives_a_locked_out_counselor_a_new_first_password_which_ends_their_sessions_and_must_be_replaced()
    {
        var admin = await host.CreateStaffAsync("admin@clinic.example", "steady harbour lantern", StaffRoles.Admin);
        var dana = await host.CreateStaffAsync("dana@clinic.example", "correct horse battery", StaffRoles.Counselor);
        using var open = new StaffSession(host.Address);
        await open.SignInAsync("dana@clinic.example", "correct horse battery");
        using var guesser = new StaffSession(host.Address);
        for (var i = 0; i < 5; i++)
        {
            await guesser.SignInAsync("dana@clinic.example", "not the password at all");
        }

        var set = host.Services.GetRequiredService<SetFirstPassword>();
        var bySupervisor = await set.HandleAsync(new StaffMember("sup", "Morgan Ellis", IsSupervisor: true), new SetFirstPassword.Input(dana, "river lantern morning"));
        var common = await set.HandleAsync(TestCallers.Admin(admin), new SetFirstPassword.Input(dana, "password1234"));
        var done = await set.HandleAsync(TestCallers.Admin(admin), new SetFirstPassword.Input(dana, "river lantern morning"));
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        var oldSession = await open.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        using var again = new StaffSession(host.Address);
        var signedIn = await again.SignInAsync("dana@clinic.example", "river lantern morning");
        var firstPage = await again.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Same(StaffAccountResult.Refused, bySupervisor);
        Assert.StartsWith("This password is one of the most common", Assert.Single(common.Errors).Message, StringComparison.Ordinal);
        Assert.True(done.Succeeded);
        Assert.StartsWith("/Account/Login", oldSession.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("/staff", signedIn);
        Assert.Equal(FirstPasswordGate.ChangePasswordPath, again.NextPath(firstPage));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Contains(await db.AuditRecords.ToListAsync(TestContext.Current.CancellationToken),
            r => r.Action == AuditAction.PasswordChanged && r.ActorId == admin && r.SubjectId == dana);
    }
}
