using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Features.Intake;

public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>
    /// Questions one client (one address, or one IPv6 /64) may send within <see cref="SubmissionWindow"/>. Enough for a
    /// shared computer in a library or a shelter; too few to bury the queue.
    /// </summary>
    [Range(1, 1_000_000)]
    public int SubmissionsPerClient { get; set; } = 5;

    /// <summary>
    /// Forms one client may start within <see cref="SubmissionWindow"/>. Each keeps a draft for two hours; a school or
    /// shelter behind one address may start many, a script filling the database may not.
    /// </summary>
    [Range(1, 1_000_000)]
    public int DraftsPerClient { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SubmissionWindow { get; set; } = TimeSpan.FromHours(1);
}
