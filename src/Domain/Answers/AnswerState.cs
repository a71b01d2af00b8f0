namespace AdviceIntake.Domain.Answers;

/// <summary>Where an answer is on its way to the person: written, reviewed by a supervisor, then released.</summary>
public enum AnswerState
{
    /// <summary>The counselor is writing it.</summary>
    Draft = 0,

    /// <summary>Sent to a supervisor for sign-off; the counselor can no longer change it.</summary>
    InReview = 1,

    /// <summary>A supervisor sent it back with comments; the counselor works on it again.</summary>
    Returned = 2,

    /// <summary>Signed off, waiting to be released.</summary>
    Approved = 3,

    /// <summary>The person can read it on the status page.</summary>
    Released = 4,
}
