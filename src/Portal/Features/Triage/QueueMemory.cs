namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// The queue's last address in this page's circuit, so a case's "Back to the queue" returns to the same view, filters,
/// sort, page and search. Scoped to the circuit: a case opened in a new tab goes back to the plain queue.
/// </summary>
public sealed class QueueMemory
{
    public string Address { get; set; } = "/staff";
}
