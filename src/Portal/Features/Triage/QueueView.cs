namespace AdviceIntake.Portal.Features.Triage;

/// <summary>The queue's views, each with its count on the dashboard.</summary>
public enum QueueView
{
    Unassigned,
    Mine,
    Overdue,

    /// <summary>Crisis and High ("flagged for a supervisor" is the escalation list above the queue, not a view).</summary>
    Urgent,
    AllOpen,
}

/// <summary>The columns the queue can be sorted by; risk descending is the triage order (then least time left).</summary>
public enum QueueSort
{
    Risk,
    Topic,

    /// <summary>How long the question has waited since it was sent.</summary>
    Waiting,
    TimeLeft,
    Status,
    Assignee,
}
