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

/// <summary>Take next on each provider: a question is never handed to two counselors.</summary>
public abstract class TakeNextQuestionTests(PortalHost host) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Fifty_counselors_pressing_take_next_at_once_over_twenty_questions_get_each_question_at_most_once()
    {
        for (var i = 0; i < 20; i++)
        {
            await SubmitAsync(ScreeningAnswers.AllClear);
        }

        var takeNext = host.Services.GetRequiredService<TakeNextQuestion>();
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            takeNext.HandleAsync(Counselor($"counselor-{i}"), TestContext.Current.CancellationToken))));

        var taken = results.Where(r => r.GotOne).Select(r => r.QuestionId!.Value).ToList();
        Assert.Equal(20, taken.Count);
        Assert.Equal(20, taken.Distinct().Count());
        Assert.Equal(30, results.Count(r => !r.GotOne));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var questions = await db.Questions.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(questions, q => Assert.Equal(QuestionStatus.Claimed, q.Status));
        Assert.Equal(20, questions.Select(q => q.AssigneeId).Distinct().Count());
        var claims = await db.CaseEvents.Where(e => e.Kind == CaseEventKind.Claimed).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(questions.Select(q => (q.Id, q.AssigneeId)).Order(), claims.Select(e => (e.QuestionId, e.ActorId)).Order());
    }

    [Fact]
    public async Task Take_next_gives_the_most_urgent_question_first()
    {
        await SubmitAsync(ScreeningAnswers.AllClear);
        var crisis = await SubmitAsync(new ScreeningAnswers(false, true, HarmFrom.NoOne, false));
        await SubmitAsync(new ScreeningAnswers(false, false, HarmFrom.Partner, false));

        var result = await host.Services.GetRequiredService<TakeNextQuestion>().HandleAsync(Counselor("counselor"), TestContext.Current.CancellationToken);

        Assert.Equal(crisis, result.QuestionId);
    }

    private static StaffMember Counselor(string id) => new(id, id, IsSupervisor: false);

    private async Task<Guid> SubmitAsync(ScreeningAnswers screening)
    {
        var sent = await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            screening, Topic.Family, "Family", "We cannot agree on anything at home and it is wearing us all down.",
            null, null, null, "Tired Parent", null, null, false, false), TestContext.Current.CancellationToken);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Questions.Where(q => q.Reference == sent.Reference!).Select(q => q.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteTakeNextQuestionTests(SqlitePortal host) : TakeNextQuestionTests(host);

public sealed class PostgresTakeNextQuestionTests(PostgresPortal host) : TakeNextQuestionTests(host);
