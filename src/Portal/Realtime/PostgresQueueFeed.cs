using System.Text.Json;
using Npgsql;

namespace AdviceIntake.Portal.Realtime;

/// <summary>
/// The feed for several nodes on one PostgreSQL: a change is sent with NOTIFY, and every node LISTENs on one held
/// connection and hands what arrives to its own dashboards. The sender hears its own notification too, so every node
/// delivers the same way.
/// </summary>
internal sealed partial class PostgresQueueFeed(NpgsqlDataSource dataSource, QueueSubscribers subscribers, ILogger<PostgresQueueFeed> logger)
    : BackgroundService, IQueueFeed
{
    private const string Channel = "adviceintake_queue";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private volatile bool connected;
    private bool lostConnection;

    /// <summary>Completes once this node is listening, so a test knows from when nothing is missed.</summary>
    public Task Listening => listening.Task;

    /// <summary>False from the moment the listening connection breaks (PostgreSQL restarted, network lost) until it is back.</summary>
    public bool IsListening => connected;

    /// <summary>
    /// Sends the change; the change itself is already saved, so a failure to send is logged, not thrown. It is tried
    /// twice: after PostgreSQL restarts, the first pooled connection taken may be one the restart broke.
    /// </summary>
    public async Task PublishAsync(QueueChange change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)");
                command.Parameters.Add(new NpgsqlParameter { Value = Channel });
                command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(change, Json) });
                await command.ExecuteNonQueryAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException e) when (attempt == 1)
            {
                LogPublishRetried(logger, e, change.Kind);
            }
            catch (NpgsqlException e)
            {
                LogPublishFailed(logger, e, change.Kind);
                return;
            }
        }
    }

    public IDisposable Subscribe(Func<QueueChange, Task> onChange) => subscribers.Add(onChange);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Changes sent while this node was not listening are lost: dashboards are told to ask again.
                if (lostConnection)
                {
                    // The pools still hold connections the outage broke; each would fail one query before it is
                    // dropped, and the first queries now are every dashboard asking again.
                    NpgsqlConnection.ClearAllPools();
                    dataSource.Clear();
                    lostConnection = false;
                }

                connected = true;
                subscribers.Deliver(new QueueChange(QueueChangeKind.StatusChanged, Guid.Empty));
                listening.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                connected = false;
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                connected = false;
                lostConnection = true;
                // Whatever broke the connection, the node keeps trying: a dashboard without live updates still works.
                LogListenFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private void Receive(string payload)
    {
        QueueChange? change;
        try
        {
            change = JsonSerializer.Deserialize<QueueChange>(payload, Json);
        }
        catch (JsonException e)
        {
            // Anyone with access to the database can NOTIFY on the channel; a message that is not ours is dropped.
            LogUnreadable(logger, e);
            return;
        }

        if (change is not null)
        {
            subscribers.Deliver(change);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A queue notification could not be read and was dropped")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "A {Kind} queue change could not be sent on the first try; trying once more")]
    private static partial void LogPublishRetried(ILogger logger, Exception exception, QueueChangeKind kind);

    [LoggerMessage(LogLevel.Warning, "A {Kind} queue change could not be sent; dashboards catch up on the next one")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, QueueChangeKind kind);

    [LoggerMessage(LogLevel.Warning, "Listening for queue changes failed; trying again")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
