using System.ComponentModel.DataAnnotations;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// How soon each risk tier should be answered. Intake fixes a question's due time by them and an override moves it;
/// the queue's response clock runs against it. Kept under the Triage settings, where operators look for them.
/// </summary>
public sealed class ResponseTargetOptions
{
    public const string Section = "Triage";

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan CrisisTarget { get; set; } = ResponseTargets.Default.Crisis;

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan HighTarget { get; set; } = ResponseTargets.Default.High;

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan ElevatedTarget { get; set; } = ResponseTargets.Default.Elevated;

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan RoutineTarget { get; set; } = ResponseTargets.Default.Routine;

    public ResponseTargets Targets => new(CrisisTarget, HighTarget, ElevatedTarget, RoutineTarget);
}
