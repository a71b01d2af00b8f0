using System.Net;
using System.Security.Cryptography;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

/// <summary>A portal configured as outside Development: every staff member needs a second factor.</summary>
public sealed class SecondFactorPortal() : PortalHost(DatabaseProvider.Sqlite, new Dictionary<string, string?>
{
    ["Staff:RequireSecondFactor"] = "true",
});

public sealed class SecondFactorTests(SecondFactorPortal host) : IClassFixture<SecondFactorPortal>, IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_supervisor_without_a_second_factor_is_sent_to_set_one_up()
    {
        await host.CreateStaffAsync("sup@clinic.example", Password, StaffRoles.Supervisor);
        using var session = new StaffSession(host.Address);
        await session.SignInAsync("sup@clinic.example", Password);

        var response = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = await session.Client.GetStringAsync(session.NextPath(response), TestContext.Current.CancellationToken);

        Assert.Contains("Staff accounts must sign in with a second factor", denied, StringComparison.Ordinal);
        Assert.Contains("href=\"Account/Manage/TwoFactorAuthentication\"", denied, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Counselor)]
    [InlineData(StaffRoles.Admin)]
    public async Task A_password_alone_reaches_no_staff_page_even_on_an_account_with_a_passkey(string role)
    {
        var id = await host.CreateStaffAsync("passkey@clinic.example", Password, role);
        await host.AddPasskeyAsync(id);
        using var session = new StaffSession(host.Address);
        await session.SignInAsync("passkey@clinic.example", Password);

        var queue = await session.Client.GetAsync("/staff", TestContext.Current.CancellationToken);
        var accounts = await session.Client.GetAsync("/staff/accounts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", session.NextPath(queue), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accounts.StatusCode);
    }

    [Fact]
    public async Task A_password_alone_cannot_change_the_factors_of_an_account_that_has_one_but_may_enrol_the_first()
    {
        var owner = await host.CreateStaffAsync("owner@clinic.example", Password, StaffRoles.Counselor);
        await host.AddPasskeyAsync(owner);
        await host.CreateStaffAsync("new@clinic.example", Password, StaffRoles.Counselor);
        using var withPasskey = new StaffSession(host.Address);
        using var newcomer = new StaffSession(host.Address);
        await withPasskey.SignInAsync("owner@clinic.example", Password);
        await newcomer.SignInAsync("new@clinic.example", Password);

        var enrol = await withPasskey.Client.GetAsync("/Account/Manage/EnableAuthenticator", TestContext.Current.CancellationToken);
        var passkeys = await withPasskey.Client.GetAsync("/Account/Manage/Passkeys", TestContext.Current.CancellationToken);
        var form = await withPasskey.GetFormAsync("/Account/Manage/TwoFactorAuthentication");
        using var options = new HttpRequestMessage(HttpMethod.Post, "/Account/PasskeyCreationOptions");
        options.Headers.Add("RequestVerificationToken", form.Token);
        var creation = await withPasskey.Client.SendAsync(options, TestContext.Current.CancellationToken);
        var firstEnrolment = await newcomer.Client.GetAsync("/Account/Manage/EnableAuthenticator", TestContext.Current.CancellationToken);

        Assert.Equal("/Account/Manage/TwoFactorAuthentication", withPasskey.NextPath(enrol));
        Assert.Equal("/Account/Manage/TwoFactorAuthentication", withPasskey.NextPath(passkeys));
        Assert.Equal(HttpStatusCode.Forbidden, creation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstEnrolment.StatusCode);
    }

    [Fact]
    public async Task An_admin_with_an_authenticator_app_signs_in_with_a_code_and_reaches_the_accounts_page()
    {
        var id = await host.CreateStaffAsync("admin@clinic.example", Password, StaffRoles.Admin);
        var key = await EnrolAuthenticator(id);
        using var session = new StaffSession(host.Address);

        var next = await session.SignInAsync("admin@clinic.example", Password);
        Assert.StartsWith("/Account/LoginWith2fa", next, StringComparison.Ordinal);
        var afterCode = await session.SubmitAuthenticatorCodeAsync(next!, Totp.Code(key, DateTimeOffset.UtcNow));
        var response = await session.Client.GetAsync("/staff/accounts", TestContext.Current.CancellationToken);

        // The host re-checks accounts every second: the second factor must survive the rebuilt sign-in.
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        var afterRecheck = await session.Client.GetAsync("/staff/accounts", TestContext.Current.CancellationToken);

        Assert.Equal("/staff", afterCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterRecheck.StatusCode);
    }

    private async Task<string> EnrolAuthenticator(string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        await users.SetTwoFactorEnabledAsync(user, true);
        return key;
    }
}

/// <summary>RFC 6238 as an authenticator app computes it: HMAC-SHA1 over 30-second steps, six digits.</summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset now)
    {
        var step = now.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in input.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
