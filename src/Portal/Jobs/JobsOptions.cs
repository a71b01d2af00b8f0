using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Two are plenty for email and reminders, and few enough that an SQLite file is not fought over.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>
    /// How often scheduled jobs (a check-in at its time) are looked for: a check-in goes within this long of being due.
    /// Each look is one small query per node.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often each worker asks the storage for work another node enqueued; one on this node is taken at once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
