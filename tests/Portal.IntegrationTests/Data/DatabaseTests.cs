using System.Net;
using System.Net.Http.Json;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Data;

/// <summary>The same tests on each provider: what passes on SQLite must pass on PostgreSQL.</summary>
public abstract class DatabaseTests(PortalHost host) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_node_is_live_and_ready_with_every_readiness_check_named_and_nothing_cached()
    {
        using var client = new HttpClient { BaseAddress = host.Address };

        var live = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        var ready = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        var body = await ready.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>(TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
        Assert.Equal("Healthy", body!["status"].GetString());
        Assert.Equal(["database", "migrations", "not-stopping", "queue-feed"],
            body["checks"].EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(body["checks"].EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetString()));
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Start_up_migrates_the_schema_and_seeds_the_national_crisis_lines()
    {
        // Each provider keeps its own migration history, read through the context that owns it.
        await using var db = host.Services.GetRequiredService<PortalDatabase>().CreateMigrationContext(host.Services);

        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var lines = await db.ReferralResources.ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            ["988-lifeline", "childhelp-hotline", "crisis-text-line", "eldercare-locator", "emergency-911", "national-domestic-violence-hotline",
             "poison-control", "rainn-sexual-assault-hotline", "samhsa-national-helpline", "trevor-project"],
            lines.Select(l => l.Slug).Order(StringComparer.Ordinal));
        var dv = lines.Single(l => l.Slug == "national-domestic-violence-hotline");
        Assert.Equal("tel:18007997233", dv.Phone!.TelUri);
        Assert.Equal("Text START to 88788", dv.Text!.Display);
        Assert.True(dv.Serves(Concerns.DomesticViolence));
        Assert.Equal("Text HOME to 741741", lines.Single(l => l.Slug == "crisis-text-line").Text!.Display);
        Assert.Equal("tel:988", lines.Single(l => l.Slug == "988-lifeline").Phone!.TelUri);
        Assert.Equal(new Uri("https://988lifeline.org/chat"), lines.Single(l => l.Slug == "988-lifeline").ChatUrl);
        Assert.Equal("tel:18002221222", lines.Single(l => l.Slug == "poison-control").Phone!.TelUri);
        Assert.True(lines.Single(l => l.Slug == "poison-control").Serves(Concerns.Poisoning));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_keeps_an_admins_edits()
    {
        var seed = host.Services.GetRequiredService<Features.Referrals.SeedNationalCrisisLines>();

        await seed.RunAsync(TestContext.Current.CancellationToken);
        await seed.RunAsync(TestContext.Current.CancellationToken);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(10, await db.ReferralResources.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_counselor_account_is_stored_with_roles_and_profile_and_read_back()
    {
        var id = await host.CreateStaffAsync("dana@clinic.example", "correct horse battery", StaffRoles.Counselor, StaffRoles.Supervisor);

        var account = await host.Services.GetRequiredService<GetStaffAccount>().HandleAsync(TestCallers.Admin(), id, TestContext.Current.CancellationToken);

        Assert.NotNull(account);
        Assert.Equal("dana@clinic.example", account.Email);
        Assert.Equal([StaffRoles.Counselor, StaffRoles.Supervisor], account.Roles.Order(StringComparer.Ordinal));
        Assert.Equal("Dana Reyes, LMFT", account.Profile!.Signature);
        Assert.Equal(new DateOnly(2030, 1, 1), account.Profile.LicenceExpiresOn);
        Assert.False(account.IsDisabled);
    }

    [Fact]
    public async Task An_account_without_a_role_is_not_half_saved()
    {
        var create = host.Services.GetRequiredService<CreateStaffAccount>();

        var result = await create.HandleAsync(TestCallers.Admin(), new CreateStaffAccount.Input("nobody@clinic.example", "correct horse battery", [], new ProfileInput(null, null, null, null, null)));

        Assert.Contains(result.Errors, e => e.Field == "Roles");
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.False(await db.Users.AnyAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class SqliteDatabaseTests(SqlitePortal host) : DatabaseTests(host);

public sealed class PostgresDatabaseTests(PostgresPortal host) : DatabaseTests(host);
