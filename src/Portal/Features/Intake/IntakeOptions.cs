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

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SubmissionWindow { get; set; } = TimeSpan.FromHours(1);
}
