using System.Buffers.Binary;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Staff;

public sealed class PasswordPolicyTests(SqlitePortal host) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_password_shorter_than_12_characters_is_refused_with_a_clear_message()
    {
        var result = await Create("short@clinic.example", "elevenchars");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Password", error.Field);
        Assert.Equal("Passwords must be at least 12 characters. A few unrelated words make a strong one.", error.Message);
    }

    [Fact]
    public async Task A_password_of_12_characters_with_no_digits_or_symbols_is_accepted()
    {
        var result = await Create("long@clinic.example", "twelve chars");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_password_longer_than_128_characters_is_refused()
    {
        var result = await Create("huge@clinic.example", new string('x', 129));

        Assert.Equal("Passwords must be 128 characters or fewer.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task The_stored_hash_carries_at_least_210000_PBKDF2_iterations()
    {
        var id = await host.CreateStaffAsync("hash@clinic.example", "correct horse battery", StaffRoles.Counselor);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var hash = Convert.FromBase64String((await db.Users.SingleAsync(u => u.Id == id, TestContext.Current.CancellationToken)).PasswordHash!);

        // Identity's V3 format: 0x01, then PRF, iteration count and salt length as big-endian 32-bit numbers.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4))); // HMAC-SHA512
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 210_000);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Iloveyou12345!")]
    [InlineData("trustno1trustno1")]
    [InlineData("abcabcabcabc")]
    [InlineData("123456789012")]
    [InlineData("qwerty uiop 12")]
    public async Task A_common_password_or_one_built_on_it_is_refused(string password)
    {
        var result = await Create("common@clinic.example", password);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Password", error.Field);
        Assert.StartsWith("This password is one of the most common, or built on one", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("morgan.ellis@clinic.example", "morgan.ellis 2026!")]
    [InlineData("lee@clinic.example", "adviceintake rocks")]
    public async Task A_password_made_of_the_address_or_the_service_name_is_refused(string email, string password)
    {
        var result = await Create(email, password);

        Assert.Equal("A password must not contain your email address or the service's name. Choose another.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await host.CreateStaffAsync("locked@clinic.example", "correct horse battery", StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await session.SignInAsync("locked@clinic.example", "wrong horse battery");
        }

        Assert.Equal("/Account/Lockout", await session.SignInAsync("locked@clinic.example", "correct horse battery"));
    }

    private Task<StaffAccountResult> Create(string email, string password) =>
        host.Services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(), new CreateStaffAccount.Input(email, password, [StaffRoles.Admin], new ProfileInput(null, null, null, null, null)));
}
