using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.Tests.Features.Staff;

public sealed class StaffAccountUseCaseTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private static readonly ProfileInput NoProfile = new(null, null, null, null, null);
    private static readonly ProfileInput Dana = new("Dana Reyes", "LMFT, LMHC", "Marriage and family therapist in Ohio", "OH", new DateOnly(2028, 6, 30));

    private PortalServices portal = default!;
    private ServiceProvider services = default!;

    public async ValueTask InitializeAsync() => (portal, services) = await PortalServices.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task The_list_shows_each_account_with_its_roles_in_order_and_its_licence()
    {
        await Create("b@clinic.example", [StaffRoles.Admin, StaffRoles.Counselor], Dana);
        await Create("a@clinic.example", [StaffRoles.Admin], NoProfile);

        var rows = await services.GetRequiredService<ListStaffAccounts>().HandleAsync(TestCallers.Admin(), TestContext.Current.CancellationToken);

        Assert.Equal(["a@clinic.example", "b@clinic.example"], rows.Select(r => r.Email));
        Assert.Equal([StaffRoles.Counselor, StaffRoles.Admin], rows[1].Roles);
        Assert.Equal(new DateOnly(2028, 6, 30), rows[1].LicenceExpiresOn);
        Assert.Null(rows[0].DisplayName);
        Assert.False(rows[0].HasSecondFactor);
    }

    [Fact]
    public async Task Changing_roles_and_profile_is_saved_together()
    {
        var admin = await Create("admin@clinic.example", [StaffRoles.Admin], NoProfile);
        var user = await Create("c@clinic.example", [StaffRoles.Counselor], Dana);

        var result = await services.GetRequiredService<UpdateStaffAccount>().HandleAsync(TestCallers.Admin(admin), new UpdateStaffAccount.Input(user, [StaffRoles.Counselor, StaffRoles.Supervisor], Dana with { Credentials = "LMFT" }));

        Assert.True(result.Succeeded);
        var account = await services.GetRequiredService<GetStaffAccount>().HandleAsync(TestCallers.Admin(), user, TestContext.Current.CancellationToken);
        Assert.Equal([StaffRoles.Counselor, StaffRoles.Supervisor], account!.Roles.Order(StringComparer.Ordinal));
        Assert.Equal("Dana Reyes, LMFT", account.Profile!.Signature);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role()
    {
        var admin = await Create("admin@clinic.example", [StaffRoles.Admin], NoProfile);

        var result = await services.GetRequiredService<UpdateStaffAccount>().HandleAsync(TestCallers.Admin(admin), new UpdateStaffAccount.Input(admin, [StaffRoles.Supervisor], NoProfile));

        Assert.Equal("Roles", Assert.Single(result.Errors).Field);
        var account = await services.GetRequiredService<GetStaffAccount>().HandleAsync(TestCallers.Admin(), admin, TestContext.Current.CancellationToken);
        Assert.Equal([StaffRoles.Admin], account!.Roles);
    }

    [Fact]
    public async Task A_bad_profile_leaves_the_roles_as_they_were()
    {
        var admin = await Create("admin@clinic.example", [StaffRoles.Admin], NoProfile);
        var user = await Create("s@clinic.example", [StaffRoles.Supervisor], NoProfile);

        var result = await services.GetRequiredService<UpdateStaffAccount>().HandleAsync(TestCallers.Admin(admin), new UpdateStaffAccount.Input(user, [StaffRoles.Counselor], NoProfile));

        Assert.Contains(result.Errors, e => e.Field == "DisplayName");
        var account = await services.GetRequiredService<GetStaffAccount>().HandleAsync(TestCallers.Admin(), user, TestContext.Current.CancellationToken);
        Assert.Equal([StaffRoles.Supervisor], account!.Roles);
    }

    [Fact]
    public async Task A_disabled_account_can_be_enabled_again()
    {
        var admin = await Create("admin@clinic.example", [StaffRoles.Admin], NoProfile);
        var user = await Create("c@clinic.example", [StaffRoles.Counselor], Dana);
        var setEnabled = services.GetRequiredService<SetStaffAccountEnabled>();

        await setEnabled.HandleAsync(TestCallers.Admin(admin), new SetStaffAccountEnabled.Input(user, Enabled: false));
        var disabled = await services.GetRequiredService<GetStaffAccount>().HandleAsync(TestCallers.Admin(), user, TestContext.Current.CancellationToken);
        await setEnabled.HandleAsync(TestCallers.Admin(admin), new SetStaffAccountEnabled.Input(user, Enabled: true));
        var enabled = await services.GetRequiredService<GetStaffAccount>().HandleAsync(TestCallers.Admin(), user, TestContext.Current.CancellationToken);

        Assert.True(disabled!.IsDisabled);
        Assert.False(enabled!.IsDisabled);
    }

    [Theory]
    [InlineData("", "Enter the staff member's work email address.")]
    [InlineData("not-an-email", "Enter an email address in the right format, like name@example.org.")]
    [InlineData("<script>@x.org", "Enter an email address in the right format, like name@example.org.")]
    public async Task A_bad_email_address_is_refused_with_a_clear_message(string email, string message)
    {
        var result = await services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(), new CreateStaffAccount.Input(email, Password, [StaffRoles.Admin], NoProfile));

        Assert.Equal(message, Assert.Single(result.Errors, e => e.Field == "Email").Message);
    }

    [Fact]
    public async Task The_same_email_address_cannot_have_two_accounts()
    {
        await Create("dana@clinic.example", [StaffRoles.Admin], NoProfile);

        var result = await services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(), new CreateStaffAccount.Input("dana@clinic.example", Password, [StaffRoles.Admin], NoProfile));

        Assert.Equal("There is already a staff account for dana@clinic.example.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Only_an_admin_may_create_change_or_disable_accounts_whatever_page_calls_the_use_case()
    {
        var admin = await Create("admin@clinic.example", [StaffRoles.Admin], NoProfile);
        var user = await Create("c@clinic.example", [StaffRoles.Counselor], Dana);
        var supervisor = new StaffMember("sup", "Morgan Ellis", IsSupervisor: true);

        var created = await services.GetRequiredService<CreateStaffAccount>().HandleAsync(
            supervisor, new CreateStaffAccount.Input("x@clinic.example", Password, [StaffRoles.Admin], NoProfile));
        var changed = await services.GetRequiredService<UpdateStaffAccount>().HandleAsync(
            supervisor, new UpdateStaffAccount.Input(user, [StaffRoles.Admin], Dana));
        var disabled = await services.GetRequiredService<SetStaffAccountEnabled>().HandleAsync(
            supervisor, new SetStaffAccountEnabled.Input(admin, Enabled: false));

        Assert.All(new[] { created, changed, disabled }, r => Assert.Same(StaffAccountResult.Refused, r));
        var counselor = new StaffMember(user, "Dana Reyes", IsSupervisor: false);
        Assert.Null(await services.GetRequiredService<GetStaffAccount>().HandleAsync(counselor, admin, TestContext.Current.CancellationToken));
        Assert.Null(await services.GetRequiredService<GetStaffAccount>().HandleAsync(supervisor, admin, TestContext.Current.CancellationToken));
        Assert.Empty(await services.GetRequiredService<ListStaffAccounts>().HandleAsync(counselor, TestContext.Current.CancellationToken));
        var rows = await services.GetRequiredService<ListStaffAccounts>().HandleAsync(TestCallers.Admin(), TestContext.Current.CancellationToken);
        Assert.Equal(["admin@clinic.example", "c@clinic.example"], rows.Select(r => r.Email));
        Assert.Equal([StaffRoles.Counselor], rows[1].Roles);
        Assert.False(rows[0].IsDisabled);
    }

    [Fact]
    public async Task Each_change_to_an_account_is_in_the_audit_trail_with_who_made_it()
    {
        var admin = await Create("admin@clinic.example", [StaffRoles.Admin], NoProfile);
        var user = await Create("c@clinic.example", [StaffRoles.Counselor], Dana);

        await services.GetRequiredService<UpdateStaffAccount>().HandleAsync(
            TestCallers.Admin(admin), new UpdateStaffAccount.Input(user, [StaffRoles.Counselor, StaffRoles.Supervisor], Dana));
        await services.GetRequiredService<SetStaffAccountEnabled>().HandleAsync(TestCallers.Admin(admin), new SetStaffAccountEnabled.Input(user, Enabled: false));

        var trail = await services.GetRequiredService<ListAuditTrail>().HandleAsync(
            new StaffMember(admin, "Admin", true, true), new ListAuditTrail.Filter(StaffId: user), TimeSpan.Zero, TestContext.Current.CancellationToken);
        Assert.Equal([AuditAction.AccountDisabled, AuditAction.AccountChanged, AuditAction.AccountCreated], trail.Entries.Select(e => e.Action));
        Assert.Equal("Counselor, Supervisor", trail.Entries[1].Detail);
        Assert.Equal("Dana Reyes", trail.Entries[0].SubjectName);
    }

    private async Task<string> Create(string email, string[] roles, ProfileInput profile)
    {
        var result = await services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(), new CreateStaffAccount.Input(email, Password, roles, profile));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.UserId!;
    }
}
