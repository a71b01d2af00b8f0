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
public static class JobsServiceCollectionExtensions
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
                hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions { QueuePollInterval = poll });
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

    /// <summary>Recurring jobs are declared once at start-up; every node declares the same, which Hangfire merges.</summary>
    private sealed class RecurringJobsRegistration(IRecurringJobManager recurring) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            recurring.AddOrUpdate<DeliverPendingEmails>("deliver-pending-emails", job => job.HandleAsync(CancellationToken.None), Cron.Minutely());
            recurring.AddOrUpdate<DispatchDueFollowUps>("dispatch-due-follow-ups", job => job.HandleAsync(CancellationToken.None), Cron.Minutely());
            recurring.AddOrUpdate<EscalateOverdueQuestions>("escalate-overdue-questions", job => job.HandleAsync(CancellationToken.None), Cron.Minutely());
            recurring.AddOrUpdate<OweReminders>("owe-reminders", job => job.HandleAsync(CancellationToken.None), Cron.Hourly());
            recurring.AddOrUpdate<PurgeExpiredDrafts>("purge-expired-drafts", job => job.HandleAsync(CancellationToken.None), "*/10 * * * *");
            recurring.AddOrUpdate<RetentionSweep>("retention-sweep", job => job.HandleAsync(CancellationToken.None), Cron.Daily(3));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
