using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Retention;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Retention;

/// <summary>Erasure after the retention period and at the person's request, checked in the SQLite file itself.</summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private const string Words = "My brother-in-law Marcus keeps asking to borrow money and I dread Sunday lunch.";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private PortalServices portal = default!;
    private ServiceProvider services = default!;
    private StaffMember dana = default!;
    private StaffMember sam = default!;

    public async ValueTask InitializeAsync()
    {
        (portal, services) = await PortalServices.StartAsync(clock);
        dana = await TestCallers.CreateAsync(services, "dana@clinic.example", "Dana Reyes", StaffRoles.Counselor);
        sam = await TestCallers.CreateAsync(services, "sam@clinic.example", "Sam Ito", StaffRoles.Supervisor);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task After_the_retention_period_nothing_the_person_wrote_is_left_in_the_file_and_the_counts_remain()
    {
        var id = await SubmitAsync();
        await services.GetRequiredService<AddCaseNote>().HandleAsync(id, "Marcus again: suggest a family meeting.", dana, Token);
        await ReleaseAsync(id);
        await services.GetRequiredService<AdviceIntake.Portal.Email.DeliverPendingEmails>().HandleAsync(Token);
        var pickup = Path.Combine(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.DataDirectory, "mail-pickup");
        Assert.Single(Directory.GetFiles(pickup, "*.eml"));
        var sweep = services.GetRequiredService<RetentionSweep>();

        var promised = clock.GetUtcNow().AddMonths(24);
        clock.SetUtcNow(promised.AddDays(-1));
        Assert.Equal(0, await sweep.HandleAsync(Token));
        clock.SetUtcNow(promised.AddDays(1));
        Assert.Equal(1, await sweep.HandleAsync(Token));
        Assert.Equal(0, await sweep.HandleAsync(Token));
        Assert.Empty(Directory.GetFiles(pickup, "*.eml"));

        var file = await RawFileAsync(id);
        Assert.All(new[] { "SealedTitle", "SealedText", "SealedPenName", "SealedEmail", "SealedScreening", "SealedBody", "SealedSheetNote", "Notes" },
            column => Assert.True(string.IsNullOrEmpty(file[column]), $"{column} still holds '{file[column]}'"));
        Assert.Equal(("Family", "0"), (file["Topic"], file["Documents"]));
        await using var db = await Db();
        var question = await db.Questions.AsNoTracking().SingleAsync(q => q.Id == id, Token);
        Assert.Equal((QuestionStatus.Answered, RiskLevel.Routine), (question.Status, question.RiskLevel));
        Assert.NotNull(question.ErasedAt);
        Assert.Null(await services.GetRequiredService<OpenCase>().HandleAsync(id, sam, new CaseViewing(), Token));
        Assert.All(await db.FollowUps.AsNoTracking().Where(f => f.QuestionId == id).ToListAsync(Token), f => Assert.NotEqual(FollowUpState.Planned, f.State));
    }

    [Fact]
    public async Task A_question_deleted_by_its_writer_before_an_answer_leaves_the_queue()
    {
        var id = await SubmitAsync();
        var queue = services.GetRequiredService<LoadQueue>();
        Assert.Equal(1, (await queue.HandleAsync(new LoadQueue.Query(QueueView.AllOpen), dana.Id, Token)).Total);

        Assert.True(await services.GetRequiredService<EraseQuestion>().HandleAsync(id, atTheirRequest: true, Token));
        Assert.False(await services.GetRequiredService<EraseQuestion>().HandleAsync(id, atTheirRequest: true, Token));

        Assert.Equal(0, (await queue.HandleAsync(new LoadQueue.Query(QueueView.AllOpen), dana.Id, Token)).Total);
        await using var db = await Db();
        Assert.Equal(QuestionStatus.Withdrawn, (await db.Questions.AsNoTracking().SingleAsync(q => q.Id == id, Token)).Status);
        Assert.DoesNotContain(Words[..20], string.Join("|", (await RawFileAsync(id)).Values), StringComparison.Ordinal);
    }

    private async Task<Guid> SubmitAsync()
    {
        var sent = await services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Family, "Money and family", Words, null, "OH", null, "Dreading Sundays", "me@example.org", true, true, false), Token);
        await using var db = await Db();
        return await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(Token);
    }

    private async Task ReleaseAsync(Guid id)
    {
        await AnswerFlow.ReleaseAsync(services, id, dana, sam, "Sunday lunch can be hard. You may say no.", "Try the family center.");
    }

    /// <summary>The question's columns as the SQLite file holds them, read past the portal's model.</summary>
    private async Task<Dictionary<string, string?>> RawFileAsync(Guid id)
    {
        await using var db = await Db();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT q.SealedTitle, q.SealedText, q.SealedPenName, q.SealedEmail, q.SealedScreening, a.SealedBody, a.SealedSheetNote, q.Topic,
                   (SELECT group_concat(SealedNote, '') FROM CaseEvents WHERE QuestionId = q.Id) AS Notes,
                   (SELECT count(*) FROM ReleasedDocuments WHERE QuestionId = q.Id) AS Documents
            FROM Questions q LEFT JOIN Answers a ON a.QuestionId = q.Id WHERE q.Id = $id
            """;
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync(Token);
        Assert.True(await reader.ReadAsync(Token), "The question's row was not found.");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
