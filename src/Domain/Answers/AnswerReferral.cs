namespace AdviceIntake.Domain.Answers;

/// <summary>
/// A directory entry chosen for the referral sheet. Crisis lines the risk calls for are attached by themselves
/// (<see cref="Automatic"/>); taking one off needs a reason and leaves the entry here, marked removed, so it is not
/// attached again.
/// </summary>
public sealed class AnswerReferral
{
    private AnswerReferral()
    {
    }

    public Guid ResourceId { get; private set; }

    public bool Automatic { get; private set; }

    public bool Removed { get; private set; }

    internal static AnswerReferral Chosen(Guid resourceId, bool automatic) => new() { ResourceId = resourceId, Automatic = automatic };

    internal void Remove() => Removed = true;

    internal void Restore() => Removed = false;
}
