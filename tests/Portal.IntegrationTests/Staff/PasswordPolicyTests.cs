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
        host.Services.GetRequiredService<CreateStaffAccount>().HandleAsync(
            new CreateStaffAccount.Input(email, password, [StaffRoles.Admin], new ProfileInput(null, null, null, null, null)));
}
