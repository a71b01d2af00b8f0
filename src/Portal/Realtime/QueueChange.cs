using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Portal.Realtime;

/// <summary>What changed on the queue. It names a case and never carries what anyone wrote.</summary>
public enum QueueChangeKind
{
    Received,
    Claimed,
    Released,
    Reassigned,
    RiskChanged,
    StatusChanged,

    /// <summary>A note was added: open case pages show it, the queue itself is unchanged.</summary>
    NoteAdded,

    /// <summary>Someone opened, is writing on, or left a case: <see cref="QueueChange.Presence"/> says who.</summary>
    Presence,

    /// <summary>
    /// A reader's comment arrived or was moderated: open moderation pages read their list again; the queue and case
    /// pages are unchanged. <see cref="QueueChange.QuestionId"/> names the comment.
    /// </summary>
    CommentsChanged,
}

/// <summary>The queue feed's message: a dashboard that receives it asks the database again.</summary>
public sealed record QueueChange(QueueChangeKind Kind, Guid QuestionId, RiskLevel? Risk = null, PresenceSignal? Presence = null);

/// <summary>One staff member's presence on a case, from one open page (a person may have several).</summary>
public sealed record PresenceSignal(string PageId, string StaffId, string DisplayName, PresenceMode Mode);

public enum PresenceMode
{
    Viewing,
    Writing,
    Left,
}
