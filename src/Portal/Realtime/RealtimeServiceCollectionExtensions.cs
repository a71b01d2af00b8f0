using AdviceIntake.Portal.Data;
using Npgsql;

namespace AdviceIntake.Portal.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>The queue feed that suits the database: in-process for SQLite, LISTEN/NOTIFY for PostgreSQL.</summary>
    public static IServiceCollection AddQueueFeed(this IServiceCollection services, PortalDatabase database)
    {
        services.AddSingleton<QueueSubscribers>();
        services.AddSingleton<PresenceBoard>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Keep-alive finds a listening connection that a network drop has silently closed.
            var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30 };
            services.AddSingleton(_ => NpgsqlDataSource.Create(connection.ConnectionString));
            services.AddSingleton<PostgresQueueFeed>();
            services.AddSingleton<IQueueFeed>(sp => sp.GetRequiredService<PostgresQueueFeed>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresQueueFeed>());
        }
        else
        {
            services.AddSingleton<IQueueFeed, InProcessQueueFeed>();
        }

        return services;
    }
}
