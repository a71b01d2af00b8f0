using System.Net;
using System.Text.RegularExpressions;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Status;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Intake;

public sealed partial class StatusLookupTests(SqlitePortal host) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_status_page_is_a_post_that_is_never_stored_and_shows_the_status()
    {
        var sent = await SubmitAsync();
        using var session = new StaffSession(host.Address);
        var (_, token) = await session.GetFormAsync("/status");

        var response = await session.Client.PostAsync("/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "status",
            ["reference"] = sent.Reference!.ToString(),
            ["passphrase"] = sent.Passphrase!.Value,
        }), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("Hello, Quiet Reader", html, StringComparison.Ordinal);
        Assert.Contains("Received: a counselor will read your question soon.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_wrong_passphrases_lock_the_reference_for_everyone_even_with_the_right_one()
    {
        var sent = await SubmitAsync();
        var lookUp = host.Services.GetRequiredService<LookUpQuestionStatus>();

        for (var i = 0; i < 10; i++)
        {
            var wrong = await lookUp.HandleAsync(new(sent.Reference!.ToString(), "not the right words at all", $"10.0.0.{i}"), TestContext.Current.CancellationToken);
            Assert.NotEqual(LookUpQuestionStatus.Outcome.Found, wrong.Outcome);
        }

        var right = await lookUp.HandleAsync(new(sent.Reference!.ToString(), sent.Passphrase!.Value, "10.0.1.1"), TestContext.Current.CancellationToken);

        Assert.Equal(LookUpQuestionStatus.Outcome.TooManyAttempts, right.Outcome);
    }

    [Fact]
    public async Task A_client_that_fails_ten_times_is_refused_even_for_a_question_it_can_open()
    {
        var sent = await SubmitAsync();
        var lookUp = host.Services.GetRequiredService<LookUpQuestionStatus>();

        for (var i = 0; i < 10; i++)
        {
            await lookUp.HandleAsync(new(ReferenceCode.New().ToString(), "guessing words", "203.0.113.9"), TestContext.Current.CancellationToken);
        }

        var right = await lookUp.HandleAsync(new(sent.Reference!.ToString(), sent.Passphrase!.Value, "203.0.113.9"), TestContext.Current.CancellationToken);
        var otherClient = await lookUp.HandleAsync(new(sent.Reference!.ToString(), sent.Passphrase!.Value, "203.0.113.10"), TestContext.Current.CancellationToken);

        Assert.Equal(LookUpQuestionStatus.Outcome.TooManyAttempts, right.Outcome);
        Assert.Equal(LookUpQuestionStatus.Outcome.Found, otherClient.Outcome);
    }

    [Fact]
    public async Task An_unknown_reference_and_a_wrong_passphrase_get_the_same_answer()
    {
        var sent = await SubmitAsync();
        var lookUp = host.Services.GetRequiredService<LookUpQuestionStatus>();

        var unknown = await lookUp.HandleAsync(new(ReferenceCode.New().ToString(), sent.Passphrase!.Value, "198.51.100.1"), TestContext.Current.CancellationToken);
        var wrong = await lookUp.HandleAsync(new(sent.Reference!.ToString(), "wrong words", "198.51.100.2"), TestContext.Current.CancellationToken);
        var garbage = await lookUp.HandleAsync(new("<script>", "x", "198.51.100.3"), TestContext.Current.CancellationToken);

        Assert.Equal(LookUpQuestionStatus.Outcome.NotFound, unknown.Outcome);
        Assert.Equal(LookUpQuestionStatus.Outcome.NotFound, wrong.Outcome);
        Assert.Equal(LookUpQuestionStatus.Outcome.NotFound, garbage.Outcome);
    }

    [Fact]
    public async Task Guesses_sent_all_at_once_are_counted_one_by_one_and_stop_at_the_limit()
    {
        var sent = await SubmitAsync();
        var lookUp = host.Services.GetRequiredService<LookUpQuestionStatus>();

        // From many addresses, so only the count on the reference can stop them.
        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() =>
            lookUp.HandleAsync(new LookUpQuestionStatus.Input(sent.Reference!.ToString(), $"wrong-guess-{i}", $"198.51.100.{i}"), TestContext.Current.CancellationToken))));

        Assert.True(results.Count(r => r.Outcome == LookUpQuestionStatus.Outcome.NotFound) < StatusLookupGuard.MaxFailures);
        Assert.Equal(30, results.Length);
        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AdviceIntake.Portal.Data.PortalDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        var guard = await db.StatusLookupGuards.FindAsync([sent.Reference!.Value], TestContext.Current.CancellationToken);
        Assert.Equal(StatusLookupGuard.MaxFailures, guard!.Failures);
        var right = await lookUp.HandleAsync(new LookUpQuestionStatus.Input(sent.Reference!.ToString(), sent.Passphrase!.Value, "192.0.2.1"), TestContext.Current.CancellationToken);
        Assert.Equal(LookUpQuestionStatus.Outcome.TooManyAttempts, right.Outcome);
    }

    [Fact]
    public async Task The_right_passphrase_does_not_count_as_a_failure()
    {
        var sent = await SubmitAsync();
        var lookUp = host.Services.GetRequiredService<LookUpQuestionStatus>();

        for (var i = 0; i < 3; i++)
        {
            await lookUp.HandleAsync(new LookUpQuestionStatus.Input(sent.Reference!.ToString(), "not it", "192.0.2.7"), TestContext.Current.CancellationToken);
        }

        var found = await lookUp.HandleAsync(new LookUpQuestionStatus.Input(sent.Reference!.ToString(), sent.Passphrase!.Value, "192.0.2.7"), TestContext.Current.CancellationToken);

        Assert.Equal(LookUpQuestionStatus.Outcome.Found, found.Outcome);
        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AdviceIntake.Portal.Data.PortalDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, (await db.StatusLookupGuards.FindAsync([sent.Reference!.Value], TestContext.Current.CancellationToken))!.Failures);
    }

    private Task<SubmitQuestion.Result> SubmitAsync() => host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
        ScreeningAnswers.AllClear, Topic.Anxiety, "Worry", "I worry all the time about everything and cannot sleep at night.",
        null, null, null, "Quiet Reader", null, null, false, false), TestContext.Current.CancellationToken);
}
