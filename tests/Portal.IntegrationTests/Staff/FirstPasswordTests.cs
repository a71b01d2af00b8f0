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
