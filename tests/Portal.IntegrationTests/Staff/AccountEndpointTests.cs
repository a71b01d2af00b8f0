using System.Net;
using System.Security.Cryptography;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

public sealed class AccountEndpointTests(SqlitePortal host) : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Sign_out_needs_the_forms_token_so_another_site_cannot_sign_staff_out()
    {
        await host.CreateStaffAsync("c@clinic.example", Password, StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);
        await session.SignInAsync("c@clinic.example", Password);

        var forged = await session.Client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        var stillIn = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        var form = await session.GetFormAsync("/staff");
        var real = await session.Client.PostAsync("/Account/Logout",
            new FormUrlEncodedContent([new("__RequestVerificationToken", form.Token)]), TestContext.Current.CancellationToken);
        var afterwards = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("/Account/Login", session.NextPath(real));
        Assert.StartsWith("/Account/Login", session.NextPath(afterwards), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passkey_sign_in_options_say_nothing_about_which_accounts_exist_or_have_passkeys()
    {
        var id = await host.CreateStaffAsync("passkey@clinic.example", Password, StaffRoles.Counselor);
        var credentialId = await host.AddPasskeyAsync(id);
        using var session = new StaffSession(host.Address);
        var form = await session.GetFormAsync("/Account/Login");

        var forOwner = await OptionsAsync(session, form.Token, "?username=passkey@clinic.example");
        var forNobody = await OptionsAsync(session, form.Token, "?username=nobody@clinic.example");
        var withoutToken = await session.Client.PostAsync("/Account/PasskeyRequestOptions", null, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(Convert.ToBase64String(credentialId).TrimEnd('=').Replace('+', '-').Replace('/', '_'), forOwner, StringComparison.Ordinal);
        Assert.Equal(Shape(forOwner), Shape(forNobody));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    private static async Task<string> OptionsAsync(StaffSession session, string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/PasskeyRequestOptions" + query);
        request.Headers.Add("RequestVerificationToken", token);
        var response = await session.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    // The options differ only in their random challenge.
    private static string Shape(string optionsJson) =>
        System.Text.RegularExpressions.Regex.Replace(optionsJson, "\"challenge\":\"[^\"]+\"", "\"challenge\":\"\"");

}
