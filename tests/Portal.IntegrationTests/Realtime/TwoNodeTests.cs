using System.Net;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Realtime;
using AdviceIntake.Portal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Realtime;

/// <summary>Two nodes of the portal on two loopback ports, sharing one PostgreSQL database.</summary>
public sealed class TwoNodeTests(PostgresPortal nodeA) : IAsyncLifetime
{
    private readonly SecondPostgresNode nodeB = new(nodeA);

    public async ValueTask InitializeAsync()
    {
        await nodeA.ResetAsync();
        await nodeB.InitializeAsync();
        await nodeA.Services.GetRequiredService<PostgresQueueFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await nodeB.Services.GetRequiredService<PostgresQueueFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await nodeB.DisposeAsync();

    [Fact]
    public async Task A_question_submitted_on_node_A_reaches_a_dashboard_feed_on_node_B_within_two_seconds()
    {
        Assert.NotEqual(nodeA.Address.Port, nodeB.Address.Port);
        var arrived = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = nodeB.Services.GetRequiredService<IQueueFeed>().Subscribe(change =>
        {
            if (change.Kind == QueueChangeKind.Received)
            {
                arrived.TrySetResult(change);
            }

            return Task.CompletedTask;
        });

        var sent = await nodeA.Services.GetRequiredService<SubmitQuestion>().HandleAsync(new(
            ScreeningAnswers.AllClear, Topic.Anxiety, "Worry", "I worry about everything and I cannot switch my thoughts off at night.",
            null, null, null, "Night Owl", null, null, false, false), TestContext.Current.CancellationToken);
        // The deadline for a change to cross nodes; it fails here rather than wait longer.
        var change = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        Assert.True(sent.Succeeded);
        var rows = await nodeB.Services.GetRequiredService<Features.Triage.LoadQueue>()
            .HandleAsync(new(), "nobody", TestContext.Current.CancellationToken);
        Assert.Equal(change.QuestionId, Assert.Single(rows.Rows).Id);
    }

    [Fact]
    public async Task A_notification_that_is_not_ours_is_dropped_and_the_feed_keeps_delivering()
    {
        var arrived = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = nodeB.Services.GetRequiredService<IQueueFeed>().Subscribe(change =>
        {
            arrived.TrySetResult(change);
            return Task.CompletedTask;
        });

        await using (var connection = new Npgsql.NpgsqlConnection(nodeA.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var notify = new Npgsql.NpgsqlCommand("NOTIFY adviceintake_queue, 'not a queue change {'", connection);
            await notify.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var questionId = Guid.NewGuid();
        await nodeA.Services.GetRequiredService<IQueueFeed>().PublishAsync(new QueueChange(QueueChangeKind.Claimed, questionId), TestContext.Current.CancellationToken);

        var change = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal((QueueChangeKind.Claimed, questionId), (change.Kind, change.QuestionId));
        Assert.Contains(nodeB.Logs.Lines, l => l.Contains("could not be read and was dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_in_cookie_from_node_A_opens_the_queue_on_node_B()
    {
        await nodeA.CreateStaffAsync("dana@clinic.example", "correct horse battery", StaffRoles.Counselor);
        using var onA = new StaffSession(nodeA.Address);
        Assert.Equal("/staff", await onA.SignInAsync("dana@clinic.example", "correct horse battery"));

        using var onB = new HttpClient(new HttpClientHandler { CookieContainer = onA.Cookies, AllowAutoRedirect = false }) { BaseAddress = nodeB.Address };
        var response = await onB.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Queue", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = nodeB.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/staff", TestContext.Current.CancellationToken)).StatusCode);
    }
}
