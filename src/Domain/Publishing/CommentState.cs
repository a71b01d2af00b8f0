namespace AdviceIntake.Domain.Publishing;

public enum CommentState
{
    /// <summary>Held until a moderator reads it.</summary>
    AwaitingModeration = 1,

    Approved = 2,

    Rejected = 3,

    Spam = 4,
}
