using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Intake;

/// <summary>
/// A portal that lets each client send two questions an hour and start three forms, calls four in ten minutes a spike,
/// and lets a client try three sign-ins in five minutes.
/// </summary>
public sealed class LimitedPortal() : PortalHost(DatabaseProvider.Sqlite, new Dictionary<string, string?>
{
    ["Intake:SubmissionsPerClient"] = "2",
    ["Intake:DraftsPerClient"] = "3",
    ["Triage:SpikeThreshold"] = "4",
    ["Staff:SignInAttemptsPerClient"] = "3",
});

public sealed class SubmissionLimitTests(LimitedPortal host) : IClassFixture<LimitedPortal>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_client_that_started_its_share_of_forms_is_asked_to_wait_keeps_what_it_typed_and_stores_nothing_more()
    {
        for (var i = 0; i < 3; i++)
        {
            using var visitor = new IntakeVisitor(host.Address);
            await visitor.ExpectNextAsync("/ask/topic", new() { ["Topic"] = "Family" }, "/ask/question", TestContext.Current.CancellationToken);
        }

        using var fourth = new IntakeVisitor(host.Address);
        var (next, html) = await fourth.PostAsync("/ask/question", new Dictionary<string, string> { ["Title"] = "Mine", ["Text"] = "Words that stay on the page." },
            TestContext.Current.CancellationToken);

        Assert.Null(next);
        Assert.Contains("Many forms have been started from this connection", html, StringComparison.Ordinal);
        Assert.Contains(">Words that stay on the page.</textarea>", html, StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, await db.SavedDrafts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_client_that_sent_its_share_is_asked_to_wait_and_nothing_is_saved_while_others_still_can()
    {
        var first = await SubmitAsync("203.0.113.7");
        var second = await SubmitAsync("203.0.113.7");
        var third = await SubmitAsync("203.0.113.7");
        var elsewhere = await SubmitAsync("203.0.113.8");

        Assert.True(first.Succeeded && second.Succeeded && elsewhere.Succeeded);
        Assert.False(third.Succeeded);
        Assert.Equal(SubmitQuestion.TooManyFromClient(TimeSpan.FromHours(1)), Assert.Single(third.Errors).Message);
        Assert.StartsWith("Several questions have already been sent from this connection in the last hour.", third.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("988", third.Errors[0].Message, StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, await db.Questions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_question_with_mistakes_does_not_use_up_a_send()
    {
        for (var i = 0; i < 3; i++)
        {
            var refused = await host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(
                Input() with { Text = "", Client = "203.0.113.9" }, TestContext.Current.CancellationToken);
            Assert.Contains(refused.Errors, e => e.Field == "Text");
        }

        Assert.True((await SubmitAsync("203.0.113.9")).Succeeded);
    }

    [Fact]
    public async Task Supervisors_are_alerted_when_questions_arrive_in_a_flood_from_many_addresses()
    {
        var supervisor = new StaffMember("sup", "Morgan Ellis", IsSupervisor: true);
        var counselor = new StaffMember("dana", "Dana Reyes", IsSupervisor: false);
        var spike = host.Services.GetRequiredService<CheckArrivalSpike>();

        for (var i = 0; i < 3; i++)
        {
            await SubmitAsync($"198.51.100.{i}");
        }

        var beforeFlood = await spike.HandleAsync(supervisor, TestContext.Current.CancellationToken);
        await SubmitAsync("198.51.100.200");
        var flood = await spike.HandleAsync(supervisor, TestContext.Current.CancellationToken);
        var toCounselor = await spike.HandleAsync(counselor, TestContext.Current.CancellationToken);

        Assert.Null(beforeFlood);
        Assert.Equal(4, flood!.Arrivals);
        Assert.Equal(TimeSpan.FromMinutes(10), flood.Window);
        Assert.Null(toCounselor);
    }

    [Fact]
    public async Task A_client_that_keeps_failing_to_sign_in_is_turned_away_unchecked_and_unrecorded()
    {
        await host.CreateStaffAsync("dana@clinic.example", "correct horse battery", StaffRoles.Counselor);
        using var session = new StaffSession(host.Address);

        var failures = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            failures.Add(await session.SignInAsync($"guess{i}@clinic.example", "some guessed password"));
        }

        var rightPassword = await session.SignInAsync("dana@clinic.example", "correct horse battery");

        Assert.All(failures, Assert.Null);
        Assert.Null(rightPassword);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, await db.AuditRecords.CountAsync(r => r.ActionName == "SignInFailed", TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.AuditRecords.CountAsync(r => r.ActionName == "SignedIn", TestContext.Current.CancellationToken));
    }

    private Task<SubmitQuestion.Result> SubmitAsync(string client) =>
        host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(Input() with { Client = client }, TestContext.Current.CancellationToken);

    private static SubmitQuestion.Input Input() => new(
        new SafetyAnswers(false, false, HarmFrom.NoOne, false), Topic.Family, "Money", "My brother borrows money and never pays it back.",
        null, null, null, "Tired Sister", null, null, false, false);
}
