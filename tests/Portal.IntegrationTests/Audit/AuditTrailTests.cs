using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Audit;

public abstract class AuditTrailTests(PortalHost host) : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Sign_ins_failures_lock_outs_and_sign_outs_are_recorded_with_who_and_from_where()
    {
        var dana = await host.CreateStaffAsync("dana@clinic.example", Password, StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);

        await session.PostSignInAsync("nobody@clinic.example", Password);
        for (var i = 0; i < 5; i++)
        {
            await session.PostSignInAsync("dana@clinic.example", "not the password at all");
        }


        var rows = await RowsAsync();
        Assert.Equal(AuditAction.SignInFailed, rows[0].Action);
        Assert.Null(rows[0].ActorId);
        Assert.Equal("no account with that address, from 127.0.0.1", rows[0].Detail);
        Assert.Equal(4, rows.Count(r => r.Action == AuditAction.SignInFailed && r.ActorId == dana && r.Detail!.StartsWith("wrong password", StringComparison.Ordinal)));
        Assert.Equal(AuditAction.LockedOut, rows[^1].Action);
        Assert.Equal(dana, rows[^1].ActorId);
        Assert.DoesNotContain(rows, r => (r.Detail ?? string.Empty).Contains("nobody", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_successful_sign_in_and_the_sign_out_are_recorded()
    {
        var dana = await host.CreateStaffAsync("dana@clinic.example", Password, StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);

        await session.SignInAsync("dana@clinic.example", Password);
        var (_, token) = await session.GetFormAsync("/Account/Manage");
        await session.Client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ReturnUrl"] = "/",
        }), TestContext.Current.CancellationToken);

        var rows = await RowsAsync();
        Assert.Equal([AuditAction.SignedIn, AuditAction.SignedOut], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(dana, r.ActorId));
        Assert.Equal("with a password only, from 127.0.0.1", rows[0].Detail);
    }

    [Fact]
    public async Task An_edited_row_is_found_by_the_check_and_by_the_command()
    {
        var trail = host.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 4; i++)
        {
            await trail.RecordAsync(AuditAction.CaseViewed, "dana", $"q{i}", "ABCD-EFGH-JK", TestContext.Current.CancellationToken);
        }

        var before = await host.Services.GetRequiredService<VerifyAuditTrail>().HandleAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using (var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"ActorId\" = 'jordan' WHERE \"Sequence\" = 2", TestContext.Current.CancellationToken);
        }

        var after = await host.Services.GetRequiredService<VerifyAuditTrail>().HandleAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var output = new StringWriter();
        var exitCode = await AuditCommand.RunAsync(host.Services, [AuditCommand.Name], output);

        Assert.True(before.Intact);
        Assert.Equal(4, before.RowsChecked);
        Assert.False(after.Intact);
        Assert.Equal("Row 2 was changed after it was written.", after.Problem);
        Assert.Equal(1, exitCode);
        Assert.Contains("Row 2 was changed", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Action\" = 'caseviewed'")]
    [InlineData("\"Action\" = 'Bogus'")]
    [InlineData("\"Detail\" = 'ZZZZ-ZZZZ-ZZ'")]
    [InlineData("\"SubjectId\" = NULL")]
    public async Task A_row_changed_in_any_way_is_found(string change)
    {
        var trail = host.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 3; i++)
        {
            await trail.RecordAsync(AuditAction.CaseViewed, "dana", $"q{i}", "ABCD-EFGH-JK", TestContext.Current.CancellationToken);
        }

        await using (var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
#pragma warning disable EF1002 // The changes are the test's own constants.
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"AuditRecords\" SET {change} WHERE \"Sequence\" = 2", TestContext.Current.CancellationToken);
#pragma warning restore EF1002
        }

        var result = await host.Services.GetRequiredService<VerifyAuditTrail>().HandleAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Row 2 was changed after it was written.", result.Problem);
    }

    [Fact]
    public async Task Rows_cut_from_the_end_are_found_against_the_hash_noted_at_an_earlier_check()
    {
        var trail = host.Services.GetRequiredService<AuditTrail>();
        var verify = host.Services.GetRequiredService<VerifyAuditTrail>();
        await trail.RecordAsync(AuditAction.SignedIn, "dana", "dana", null, TestContext.Current.CancellationToken);
        await trail.RecordAsync(AuditAction.CaseViewed, "dana", "q1", "ABCD-EFGH-JK", TestContext.Current.CancellationToken);
        var noted = (await verify.HandleAsync(cancellationToken: TestContext.Current.CancellationToken)).HeadHash;
        await trail.RecordAsync(AuditAction.SignedOut, "dana", "dana", null, TestContext.Current.CancellationToken);
        var stillThere = await verify.HandleAsync(noted, TestContext.Current.CancellationToken);

        await using (var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" >= 2", TestContext.Current.CancellationToken);
        }

        var cut = await verify.HandleAsync(noted, TestContext.Current.CancellationToken);
        Assert.True(stillThere.Intact, stillThere.Problem);
        Assert.False(cut.Intact);
        Assert.StartsWith($"The hash noted earlier ({noted}) is no longer in the trail", cut.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_row_is_found()
    {
        var trail = host.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 4; i++)
        {
            await trail.RecordAsync(AuditAction.SignedIn, "dana", "dana", null, TestContext.Current.CancellationToken);
        }

        await using (var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = 3", TestContext.Current.CancellationToken);
        }

        var result = await host.Services.GetRequiredService<VerifyAuditTrail>().HandleAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Intact);
        Assert.Equal("Rows 3 to 3 are missing.", result.Problem);
    }

    [Fact]
    public async Task Rows_appended_at_the_same_moment_form_one_unbroken_chain()
    {
        var trail = host.Services.GetRequiredService<AuditTrail>();

        await Task.WhenAll(Enumerable.Range(0, 120).Select(i => Task.Run(() =>
            trail.RecordAsync(AuditAction.CaseViewed, $"staff-{i % 4}", $"q{i}", "ABCD-EFGH-JK", TestContext.Current.CancellationToken))));

        var result = await host.Services.GetRequiredService<VerifyAuditTrail>().HandleAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(120, result.RowsChecked);
        Assert.Equal(120, (await RowsAsync()).Select(r => r.SubjectId).Distinct().Count());
    }

    [Fact]
    public async Task The_command_refuses_an_argument_that_is_not_a_hash_and_accepts_an_empty_trails_head()
    {
        using var output = new StringWriter();

        var wrong = await AuditCommand.RunAsync(host.Services, [AuditCommand.Name, "--ConnectionStrings:Portal=x"], output);
        var empty = await AuditCommand.RunAsync(host.Services, [AuditCommand.Name, AuditRecord.GenesisHash], output);

        Assert.Equal(2, wrong);
        Assert.Equal(0, empty);
        Assert.Contains("Usage: verify-audit", output.ToString(), StringComparison.Ordinal);
    }

    private protected IDbContextFactory<PortalDbContext> Contexts => host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    private protected async Task<List<AuditRecord>> RowsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        // The accounts each test starts with were created through the use case, which records that too.
        return await db.AuditRecords.AsNoTracking().Where(r => r.ActionName != nameof(AuditAction.AccountCreated))
            .OrderBy(r => r.Sequence).ToListAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteAuditTrailTests(SqlitePortal host) : AuditTrailTests(host);

/// <summary>Several nodes share one database only on PostgreSQL; an SQLite portal is one process.</summary>
public sealed class PostgresAuditTrailTests(PostgresPortal host) : AuditTrailTests(host)
{
    [Fact]
    public async Task Rows_appended_at_the_same_moment_by_two_nodes_form_one_unbroken_chain()
    {
        // Two trails over the same database, as two portal processes would have: each has its own lock.
        var clock = Host.Services.GetRequiredService<TimeProvider>();
        var nodes = new[] { new AuditTrail(Contexts, clock), new AuditTrail(Contexts, clock) };

        await Task.WhenAll(Enumerable.Range(0, 120).Select(i => Task.Run(() =>
            nodes[i % 2].RecordAsync(AuditAction.CaseViewed, $"staff-{i % 4}", $"q{i}", "ABCD-EFGH-JK", TestContext.Current.CancellationToken))));

        var result = await Host.Services.GetRequiredService<VerifyAuditTrail>().HandleAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(120, result.RowsChecked);
        Assert.Equal(120, (await RowsAsync()).Select(r => r.SubjectId).Distinct().Count());
    }

    private PostgresPortal Host { get; } = host;
}
