using AdviceIntake.Domain.FollowUps;

namespace AdviceIntake.Portal.Features.FollowUps;

/// <summary>When check-ins are planned after release (see <see cref="FollowUpPolicy"/>).</summary>
public sealed class FollowUpsOptions
{
    public const string Section = "FollowUps";

    public TimeSpan[] Routine { get; set; } = [.. FollowUpPolicy.Default.Routine];

    public TimeSpan[] Elevated { get; set; } = [.. FollowUpPolicy.Default.Elevated];

    public TimeSpan CounselorTask { get; set; } = FollowUpPolicy.Default.CounselorTask;

    public FollowUpPolicy Policy => new(Routine, Elevated, CounselorTask);
}
