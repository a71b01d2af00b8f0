using System.Data.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Intake;

/// <summary>Submission on each provider: all of it commits, none of it is readable at rest.</summary>
public abstract class SubmitQuestionTests(PortalHost host) : IAsyncLifetime
{
    private const string Secret = "My husband refuses counselling and I feel alone";

    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Two_hundred_questions_submitted_at_once_are_all_committed_with_unique_references_and_read_back()
    {
        var submit = host.Services.GetRequiredService<SubmitQuestion>();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            submit.HandleAsync(Input($"Pen name {i}", $"Question number {i}: {Secret}."), TestContext.Current.CancellationToken))));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join(" ", r.Errors.Select(e => e.Message))));
        Assert.Equal(200, results.Select(r => r.Reference!.Value).Distinct().Count());
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var stored = await db.Questions.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(200, stored.Count);
        var protector = host.Services.GetRequiredService<QuestionProtector>();
        var texts = stored.Select(q => protector.OpenText(q.Sealed)).ToHashSet();
        Assert.All(Enumerable.Range(0, 200), i => Assert.Contains($"Question number {i}: {Secret}.", texts));
        Assert.All(results, r => Assert.True(PassphraseHasher.Verify(r.Passphrase!, stored.Single(q => q.Reference == r.Reference!).PassphraseHash)));
    }

    [Fact]
    public async Task The_question_pen_name_and_email_are_not_readable_in_the_database()
    {
        var result = await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(
            Input("Dragging Him to Therapy", Secret) with { Email = "reader@example.com", EmailIsSafe = true }, TestContext.Current.CancellationToken);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var row = await ReadRawRowAsync(db, result.Reference!.Value);
        Assert.DoesNotContain(Secret, row, StringComparison.Ordinal);
        Assert.DoesNotContain("Dragging Him", row, StringComparison.Ordinal);
        Assert.DoesNotContain("reader@example.com", row, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Passphrase!.Value, row, StringComparison.Ordinal);
        Assert.Contains("CouplesAndMarriage", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flagged_question_keeps_its_level_and_reasons()
    {
        var result = await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(
            Input("Walking on Eggshells", "When he drinks he hits me and I am scared to go home.") with
            {
                Safety = new ScreeningAnswers(false, false, HarmFrom.Partner, false),
            }, TestContext.Current.CancellationToken);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var question = await db.Questions.AsNoTracking().SingleAsync(q => q.Reference == result.Reference!, TestContext.Current.CancellationToken);
        Assert.Equal(RiskLevel.High, question.RiskLevel);
        Assert.Contains(question.RiskReasons, r => r.Description.StartsWith("Safety check", StringComparison.Ordinal));
        Assert.Contains(question.RiskReasons, r => r.Description.StartsWith("partner violence, violence", StringComparison.Ordinal) && r.Level == RiskLevel.High);
        Assert.Equal(HarmFrom.Partner, host.Services.GetRequiredService<QuestionProtector>().OpenScreening(question.Sealed).HarmFrom);
        Assert.Equal(QuestionStatus.Received, question.Status);
        Assert.All(question.RiskReasons, r => Assert.Null(r.Quote));
        Assert.DoesNotContain("hits me", await ReadRawRowAsync(db, result.Reference!.Value), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unanswered_safety_questions_are_refused_with_the_forms_messages_not_read_as_no()
    {
        var result = await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(
            Input("Quiet Reader", "I keep having the same argument with my sister about our mother.") with
            {
                Safety = new SafetyAnswers(false, null, null, false),
            }, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(["ThoughtsOfSelfHarm", "HarmFrom"], result.Errors.Select(e => e.Field));
        Assert.Equal("Answer whether you are having thoughts of ending your life or harming yourself.", result.Errors[0].Message);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.False(await db.Questions.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Nothing_a_person_typed_is_written_to_the_logs()
    {
        await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(
            Input("Secret Pen Name", Secret) with { Email = "hidden@example.com", EmailIsSafe = true }, TestContext.Current.CancellationToken);

        Assert.Contains(host.Logs.Lines, l => l.Contains("received, risk", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(Secret, StringComparison.Ordinal)
            || l.Contains("Secret Pen Name", StringComparison.Ordinal)
            || l.Contains("hidden@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_question_is_refused_whole_and_nothing_is_saved()
    {
        var result = await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(
            Input("me@example.com", "short"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(["Text", "PenName"], result.Errors.Select(e => e.Field));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.False(await db.Questions.AnyAsync(TestContext.Current.CancellationToken));
    }

    private static SubmitQuestion.Input Input(string penName, string text) => new(
        ScreeningAnswers.AllClear, Topic.CouplesAndMarriage, "Counselling", text, AgeRange.From35To44, "OH", "English",
        penName, null, null, true, false);

    private static async Task<string> ReadRawRowAsync(PortalDbContext db, string reference)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"Questions\" WHERE \"Reference\" = @reference";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@reference";
        parameter.Value = reference;
        command.Parameters.Add(parameter);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()));
    }
}

public sealed class SqliteSubmitQuestionTests(SqlitePortal host) : SubmitQuestionTests(host);

public sealed class PostgresSubmitQuestionTests(PostgresPortal host) : SubmitQuestionTests(host);
