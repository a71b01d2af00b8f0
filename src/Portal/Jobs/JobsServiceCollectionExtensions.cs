using AdviceIntake.Portal.Features.Publishing;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Escalations;
using AdviceIntake.Portal.Features.FollowUps;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Reminders;
using AdviceIntake.Portal.Features.Retention;
using AdviceIntake.Portal.Features.Staff;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Authorization;

namespace AdviceIntake.Portal.Jobs;

/// <summary>
/// Hangfire runs the background work, stored beside the portal's data: an SQLite file by default, the portal's
/// PostgreSQL database (schema "hangfire") in production. Jobs are thin and safe to run twice; what is due is decided by
/// our own tables (see docs/decisions/0011-answers-and-letters.md).
/// </summary>
public static partial class JobsServiceCollectionExtensions
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddHangfire((provider, hangfire) =>
        {
            var database = provider.GetRequiredService<PortalDatabase>();
            var poll = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value.QueuePollInterval;
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
                .UseLogProvider(new HangfireLogs(provider.GetRequiredService<ILoggerFactory>()));
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions
                {
                    QueuePollInterval = poll,

                    // Hangfire's locks here are rows, held for milliseconds while a job is scheduled or fetched. A node
                    // killed while it held one leaves the row; after this long the next node takes it over (the default,
                    // ten minutes, stopped every minutely job for that long after a crash).
                    DistributedLockTimeout = TimeSpan.FromMinutes(1),
                });
            }
            else
            {
                hangfire.UseSQLiteStorage(Path.Combine(database.DataDirectory, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = poll });
            }
        });

        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHangfireServer((provider, server) =>
        {
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value;
            server.WorkerCount = options.Workers;
            server.SchedulePollingInterval = options.SchedulePollingInterval;
        });
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    public static WebApplication UseJobsDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            AsyncAuthorization = [new SupervisorsOnly()],

            // Admins run the jobs (retry, delete); supervisors may look.
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(StaffRoles.Admin),
            DisplayStorageConnectionString = false,
            AppPath = "/staff",
        });
        return app;
    }

    /// <summary>The dashboard shows job arguments and failures: supervisors (read-only) and admins, with their second factor.</summary>
    private sealed class SupervisorsOnly : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(http.User, StaffPolicies.Supervisor)).Succeeded;
        }
    }

    /// <summary>
    /// Recurring jobs are declared at start-up; every node declares the same, which Hangfire merges. A lock left by a node
    /// that was killed can hold the declaration up for a while: the node starts anyway and declares them once it can
    /// (the storage keeps the earlier declaration, which runs meanwhile).
    /// </summary>
    private sealed partial class RecurringJobsRegistration(IRecurringJobManager recurring, ILogger<RecurringJobsRegistration> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (true)
            {
                try
                {
                    Declare();
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogNotYet(logger, e.GetType().Name);
                }

                await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
            }
        }

        private void Declare()
        {
            recurring.AddOrUpdate<DeliverPendingEmails>("deliver-pending-emails", job => job.HandleAsync(CancellationToken.None), Cron.Minutely());
            recurring.AddOrUpdate<DispatchDueFollowUps>("dispatch-due-follow-ups", job => job.HandleAsync(CancellationToken.None), Cron.Minutely());
            recurring.AddOrUpdate<EscalateOverdueQuestions>("escalate-overdue-questions", job => job.HandleAsync(CancellationToken.None), Cron.Minutely());
            recurring.AddOrUpdate<OweReminders>("owe-reminders", job => job.HandleAsync(CancellationToken.None), Cron.Hourly());
            recurring.AddOrUpdate<PurgeExpiredDrafts>("purge-expired-drafts", job => job.HandleAsync(CancellationToken.None), "*/10 * * * *");
            recurring.AddOrUpdate<RetentionSweep>("retention-sweep", job => job.HandleAsync(CancellationToken.None), Cron.Daily(3));
            recurring.AddOrUpdate<EraseCommentEmails>("comment-email-retention", job => job.HandleAsync(CancellationToken.None), Cron.Daily(3));
        }

        [LoggerMessage(LogLevel.Warning, "Recurring jobs not declared yet ({Error}); trying again in 10 seconds")]
        private static partial void LogNotYet(ILogger logger, string error);
    }
}
