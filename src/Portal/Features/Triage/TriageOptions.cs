using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>What supervisors are warned of on the queue. The response targets are <see cref="Questions.ResponseTargetOptions"/>.</summary>
public sealed class TriageOptions
{
    public const string Section = "Triage";

    /// <summary>
    /// When this many questions arrive within <see cref="SpikeWindow"/>, supervisors' queues say so: it may be a flood
    /// of made-up questions, which no per-address limit stops when it comes from many addresses.
    /// </summary>
    [Range(2, 1_000_000)]
    public int SpikeThreshold { get; set; } = 40;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SpikeWindow { get; set; } = TimeSpan.FromMinutes(10);
}
