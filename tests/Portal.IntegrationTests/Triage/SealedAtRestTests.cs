using System.Data.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Triage;

/// <summary>What the database holds, read as an attacker with a copy of it would: every column of every row, as text.</summary>
public abstract class SealedAtRestTests(PortalHost host) : IAsyncLifetime
{
    private const string Reason = "She says the gun is kept in the glovebox of his truck.";
    private static readonly StaffMember Supervisor = new("sup", "Morgan Ellis", IsSupervisor: true);

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Safety_answers_override_reasons_and_the_words_that_raised_the_risk_are_never_stored_in_the_clear()
    {
        var id = await host.AddQuestionAsync("I have been saving my sleeping pills in a shoebox under the bed.", DateTimeOffset.UtcNow,
            new ScreeningAnswers(InDangerNow: true, ThoughtsOfSelfHarm: true, HarmFrom.Partner, ChildBeingHurt: false));

        var overridden = await host.Services.GetRequiredService<OverrideQuestionRisk>().HandleAsync(id, RiskLevel.High, Reason, Supervisor, TestContext.Current.CancellationToken);

        Assert.True(overridden.Succeeded);
        var rows = await RawRowsAsync(id);
        Assert.DoesNotContain("glovebox", rows, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("shoebox", rows, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sleeping pills", rows, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("|Partner|", rows, StringComparison.Ordinal);
        var opened = await host.Services.GetRequiredService<OpenCase>().HandleAsync(id, Supervisor, new CaseViewing(), TestContext.Current.CancellationToken);
        Assert.Equal(new ScreeningAnswers(true, true, HarmFrom.Partner, false), opened!.Screening);
        Assert.Equal(Reason, opened.RiskOverride!.Reason);
        var change = Assert.Single(opened.Timeline, e => e.Kind == CaseEventKind.RiskOverridden);
        Assert.Equal(Reason, change.Note);
        Assert.Equal("Crisis → High", change.Detail);
    }

    [Fact]
    public async Task Answers_and_reasons_stored_in_the_clear_by_an_older_version_are_sealed_at_start_up()
    {
        var id = await host.AddQuestionAsync("My brother keeps borrowing money and never pays it back.", DateTimeOffset.UtcNow);
        var reference = await ReferenceOfAsync(id);
        await using (var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "Questions" SET "SealedScreening" = NULL, "ScreeningInDangerNow" = {true}, "ScreeningThoughtsOfSelfHarm" = {false},
                    "ScreeningHarmFrom" = {"FamilyMember"}, "ScreeningChildBeingHurt" = {false},
                    "RiskOverrideLevel" = {"High"}, "RiskOverrideBy" = {"sup"}, "RiskOverrideAt" = "SubmittedAt", "RiskOverrideReason" = {Reason}
                WHERE "Reference" = {reference}
                """, TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "CaseEvents" SET "Kind" = {"RiskOverridden"}, "ActorId" = {"sup"}, "Detail" = {"Routine → High: " + Reason}
                WHERE "QuestionId" IN (SELECT "Id" FROM "Questions" WHERE "Reference" = {reference})
                """, TestContext.Current.CancellationToken);
        }

        Assert.Contains("glovebox", await RawRowsAsync(id), StringComparison.Ordinal);
        await host.Services.GetRequiredService<SealLegacyQuestionData>().RunAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain("glovebox", await RawRowsAsync(id), StringComparison.Ordinal);
        var opened = await host.Services.GetRequiredService<OpenCase>().HandleAsync(id, Supervisor, new CaseViewing(), TestContext.Current.CancellationToken);
        Assert.Equal(new ScreeningAnswers(true, false, HarmFrom.FamilyMember, false), opened!.Screening);
        Assert.Equal(Reason, opened.RiskOverride!.Reason);
        var change = Assert.Single(opened.Timeline, e => e.Kind == CaseEventKind.RiskOverridden);
        Assert.Equal(("Routine → High", Reason), (change.Detail, change.Note));
    }

    private IDbContextFactory<PortalDbContext> Contexts => host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    private async Task<string> ReferenceOfAsync(Guid id)
    {
        await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return (await db.Questions.Where(q => q.Id == id).Select(q => q.Reference).SingleAsync(TestContext.Current.CancellationToken)).Value;
    }

    /// <summary>Every column of the question's row and of its history rows, joined into one text.</summary>
    private async Task<string> RawRowsAsync(Guid id)
    {
        var reference = await ReferenceOfAsync(id);
        await using var db = await Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var text = new List<string>();
        foreach (var sql in new[]
                 {
                     "SELECT * FROM \"Questions\" WHERE \"Reference\" = @reference",
                     "SELECT * FROM \"CaseEvents\" WHERE \"QuestionId\" IN (SELECT \"Id\" FROM \"Questions\" WHERE \"Reference\" = @reference)",
                 })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@reference";
            parameter.Value = reference;
            command.Parameters.Add(parameter);
            await using DbDataReader reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                text.Add("|" + string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())) + "|");
            }
        }

        return string.Join("\n", text);
    }
}

public sealed class SqliteSealedAtRestTests(SqlitePortal host) : SealedAtRestTests(host);

public sealed class PostgresSealedAtRestTests(PostgresPortal host) : SealedAtRestTests(host);
