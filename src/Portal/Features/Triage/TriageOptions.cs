using System.ComponentModel.DataAnnotations;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>How soon each risk tier should be answered: the response clock on the queue runs against these.</summary>
public sealed class TriageOptions
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

    /// <summary>
    /// When this many questions arrive within <see cref="SpikeWindow"/>, supervisors' queues say so: it may be a flood
    /// of made-up questions, which no per-address limit stops when it comes from many addresses.
    /// </summary>
    [Range(2, 1_000_000)]
    public int SpikeThreshold { get; set; } = 40;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SpikeWindow { get; set; } = TimeSpan.FromMinutes(10);

    public ResponseTargets Targets => new(CrisisTarget, HighTarget, ElevatedTarget, RoutineTarget);
}
