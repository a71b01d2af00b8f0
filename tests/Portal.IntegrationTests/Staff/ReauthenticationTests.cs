using System.Net;
using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

public sealed class ReauthenticationTests(ClockedPortal host) : IClassFixture<ClockedPortal>, IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private const string Enrol = "/Account/Manage/EnableAuthenticator";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Changing_how_one_signs_in_asks_for_the_password_again_once_the_sign_in_is_not_recent()
    {
        var id = await host.CreateStaffAsync("dana@clinic.example", Password, StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);
        await session.SignInAsync("dana@clinic.example", Password);

        var justSignedIn = await session.Client.GetAsync(Enrol, TestContext.Current.CancellationToken);

        host.Clock.Advance(TimeSpan.FromMinutes(6));
        var later = await session.Client.GetAsync(Enrol, TestContext.Current.CancellationToken);
        var confirmPage = session.NextPath(later)!;
        var wrong = await ConfirmAsync(session, confirmPage, "not my password at all");
        var right = await ConfirmAsync(session, confirmPage, Password);
        var afterConfirming = await session.Client.GetAsync(Enrol, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, justSignedIn.StatusCode);
        Assert.Equal("/Account/Reauthenticate?returnUrl=%2FAccount%2FManage%2FEnableAuthenticator", confirmPage);
        Assert.Contains("That is not your password", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(Enrol, session.NextPath(right));
        Assert.Equal(HttpStatusCode.OK, afterConfirming.StatusCode);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var actions = await db.AuditRecords.Where(r => r.ActorId == id).OrderBy(r => r.Sequence).Select(r => r.ActionName).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([nameof(AuditAction.SignedIn), nameof(AuditAction.SignInFailed), nameof(AuditAction.Reauthenticated)], actions);
    }

    [Fact]
    public async Task The_passkey_options_are_refused_to_a_sign_in_that_is_not_recent()
    {
        await host.CreateStaffAsync("dana@clinic.example", Password, StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);
        await session.SignInAsync("dana@clinic.example", Password);
        host.Clock.Advance(TimeSpan.FromMinutes(6));
        var (_, token) = await session.GetFormAsync("/Account/Manage");

        var response = await session.Client.PostAsync("/Account/PasskeyCreationOptions",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("confirm your password again", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(StaffSession session, string path, string password)
    {
        var (_, token) = await session.GetFormAsync(path);
        return await session.Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "reauthenticate",
            ["Input.Password"] = password,
        }));
    }
}
