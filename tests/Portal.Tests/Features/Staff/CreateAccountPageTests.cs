using System.Security.Claims;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.Time.Testing;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace AdviceIntake.Portal.Tests.Features.Staff;

/// <summary>The create-account form with the real use case on a real SQLite database.</summary>
public sealed class CreateAccountPageTests : BunitContext, IAsyncLifetime
{
    private readonly PortalServices portal = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));

    public CreateAccountPageTests()
    {
        portal.AddTo(Services);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Ada Admin");
        auth.SetRoles(StaffRoles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "ada"));
    }

    public async ValueTask InitializeAsync() => await PortalServices.MigrateAndSeedAsync(Services);

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task A_short_password_is_explained_beside_the_field_and_in_the_summary_and_nothing_is_saved()
    {
        var page = RenderPage();
        Fill(page, "#field-Email", "new.counselor@clinic.example");
        Fill(page, "#field-Password", "elevenchars");
        FillProfile(page);

        await page.Find("form").SubmitAsync();

        const string Message = "Passwords must be at least 12 characters. A few unrelated words make a strong one.";
        page.WaitForAssertion(() => Assert.Equal(Message, page.Find(".error-summary-list a[href$='#field-Password']").TextContent));
        Assert.Contains(Message, page.Find("#field-Password").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountUsersAsync());
    }

    [Fact]
    public async Task A_counselor_without_a_profile_is_told_each_missing_detail()
    {
        var page = RenderPage();
        Fill(page, "#field-Email", "new.counselor@clinic.example");
        Fill(page, "#field-Password", "correct horse battery");

        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll(".error-summary-list li").Count));
        Assert.Contains("Enter the name the counselor signs letters with.", page.Find(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountUsersAsync());
    }

    [Fact]
    public async Task A_complete_form_creates_the_account_and_returns_to_the_list()
    {
        var page = RenderPage();
        Fill(page, "#field-Email", "new.counselor@clinic.example");
        Fill(page, "#field-Password", "correct horse battery");
        FillProfile(page);

        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.EndsWith("/staff/accounts", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal(1, await CountUsersAsync());
    }

    private IRenderedComponent<CreateAccountPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<CreateAccountPage>();
    }

    private static void Fill(IRenderedComponent<CreateAccountPage> page, string selector, string value) => page.Find(selector).Change(value);

    private static void FillProfile(IRenderedComponent<CreateAccountPage> page)
    {
        Fill(page, "#field-DisplayName", "Dana Reyes");
        Fill(page, "#field-Credentials", "LMFT");
        Fill(page, "#field-Bio", "Marriage and family therapist in Ohio");
        var state = page.FindComponent<MudSelect<string>>();
        page.InvokeAsync(() => state.Instance.SelectOption("OH"));
        Fill(page, "#field-LicenceExpiresOn", "2028-06-30");
    }

    private async Task<int> CountUsersAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Users.CountAsync();
    }
}
