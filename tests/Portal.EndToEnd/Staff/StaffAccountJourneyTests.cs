using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;

namespace AdviceIntake.Portal.EndToEnd.Staff;

public sealed class StaffAccountJourneyTests(SqlitePortal host, Chromium chromium) : IAsyncLifetime
{
    private const string AdminPassword = "steady correct horse";
    private const string CounselorPassword = "counselor battery staple";
    private const string CounselorOwnPassword = "lanterns over the harbour";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public async ValueTask DisposeAsync() => await chromium.CloseContextsAsync();

    [Fact]
    public async Task An_admin_creates_a_counselor_who_signs_in_and_is_signed_out_when_disabled()
    {
        await host.CreateStaffAsync("admin@clinic.example", AdminPassword, StaffRoles.Admin);
        var admin = await chromium.NewPageAsync(host.Address);
        await admin.SignInAsync("admin@clinic.example", AdminPassword);
        await admin.WaitForURLAsync("**/staff");

        await admin.GotoAsync("/staff/accounts/new");
        await admin.WaitForInteractiveAsync();
        await admin.ScreenshotAsync("staff-create-account-empty");
        await admin.Locator("#field-Email").FillAsync("jordan@clinic.example");
        await admin.Locator("#field-Password").FillAsync(CounselorPassword);
        await admin.Locator("#field-DisplayName").FillAsync("Jordan Lee");
        await admin.Locator("#field-Credentials").FillAsync("LCSW");
        await admin.Locator("#field-Bio").FillAsync("Clinical social worker in Oregon");
        await admin.Locator("#field-LicenceState").ClickAsync();
        await admin.GetByText("Oregon (OR)").ClickAsync();
        // The state list closes with a render of its own; a date typed before it lands is drawn over.
        await Assertions.Expect(admin.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        await admin.Locator("#field-LicenceExpiresOn").FillAsync("2029-03-31");
        await admin.Locator("#field-LicenceExpiresOn").PressAsync("Tab");
        await Assertions.Expect(admin.Locator("#field-LicenceExpiresOn")).ToHaveValueAsync("2029-03-31");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await admin.ToBeAtAsync("/staff/accounts");
        var row = admin.Locator("tr", new() { HasText = "jordan@clinic.example" });
        await Assertions.Expect(row).ToContainTextAsync("Jordan Lee");
        await Assertions.Expect(row).ToContainTextAsync("Counselor");
        await admin.ScreenshotAsync("staff-accounts");

        var counselor = await chromium.NewPageAsync(host.Address);
        await counselor.SignInAsync("jordan@clinic.example", CounselorPassword);

        // The Admin knows the first password, so it opens nothing but the page that replaces it.
        await counselor.WaitForURLAsync("**/Account/Manage/ChangePassword");
        await Assertions.Expect(counselor.Locator("[data-first-password]")).ToContainTextAsync("Choose your own password before you go on");
        await counselor.ScreenshotAsync("staff-first-password");
        await counselor.Locator("#Input\\.OldPassword").FillAsync(CounselorPassword);
        await counselor.Locator("#Input\\.NewPassword").FillAsync(CounselorOwnPassword);
        await counselor.Locator("#Input\\.ConfirmPassword").FillAsync(CounselorOwnPassword);
        await counselor.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await Assertions.Expect(counselor.GetByText("Your password has been changed")).ToBeVisibleAsync();
        await Assertions.Expect(counselor.Locator("[data-first-password]")).ToHaveCountAsync(0);
        await counselor.GotoAsync("/staff");
        await counselor.WaitForInteractiveAsync();
        await Assertions.Expect(counselor.GetByRole(AriaRole.Heading, new() { Name = "Queue" })).ToBeVisibleAsync();
        await Assertions.Expect(counselor.Locator(".staff-user")).ToHaveTextAsync("Jordan Lee");
        await counselor.ScreenshotAsync("staff-queue");

        await row.GetByRole(AriaRole.Link, new() { Name = "Jordan Lee" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Forgotten password" })).ToBeVisibleAsync();
        await admin.WaitForInteractiveAsync();
        await admin.ScreenshotAsync("staff-edit-account");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable account" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Enable account")).ToBeVisibleAsync();

        // The counselor does nothing: the open page is sent to sign in when the session's next check fails.
        await counselor.WaitForURLAsync("**/Account/Login**", new() { Timeout = 15_000 });
        await counselor.SignInAsync("jordan@clinic.example", CounselorOwnPassword);
        await Assertions.Expect(counselor.GetByText("The email address or password is not right, or the account is disabled.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_counselor_cannot_open_the_accounts_page()
    {
        await host.CreateStaffAsync("c@clinic.example", CounselorPassword, StaffRoles.Counselor);
        var page = await chromium.NewPageAsync(host.Address);
        await page.SignInAsync("c@clinic.example", CounselorPassword);
        await page.WaitForURLAsync("**/staff");

        await page.GotoAsync("/staff/accounts");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You cannot open this page" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("staff-access-denied");

        foreach (var (path, heading, name) in new[]
        {
            ("/Account/Manage", "Profile", "account-profile"),
            ("/Account/Manage/ChangePassword", "Change password", "account-password"),
            ("/Account/Manage/TwoFactorAuthentication", "Two-factor authentication (2FA)", "account-two-factor"),
            ("/Account/Manage/Passkeys", "Manage your passkeys", "account-passkeys"),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
            await page.ScreenshotAsync(name);
        }
    }
}
