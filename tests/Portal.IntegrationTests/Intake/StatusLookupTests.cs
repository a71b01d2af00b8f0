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
            ["Input.Reference"] = sent.Reference!.ToString(),
            ["Input.Passphrase"] = sent.Passphrase!.Value,
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

    private Task<SubmitQuestion.Result> SubmitAsync() => host.Services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
        ScreeningAnswers.AllClear, Topic.Anxiety, "Worry", "I worry all the time about everything and cannot sleep at night.",
        null, null, null, "Quiet Reader", null, null, false, false), TestContext.Current.CancellationToken);
}
