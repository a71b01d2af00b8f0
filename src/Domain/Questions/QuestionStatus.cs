namespace AdviceIntake.Domain.Questions;

/// <summary>Where a question is in its life. The person who wrote it sees received, being answered or answered.</summary>
public enum QuestionStatus
{
    /// <summary>In the queue, nobody on it yet.</summary>
    Received = 0,

    /// <summary>A counselor has taken it and is working on the answer.</summary>
    Claimed = 1,

    /// <summary>The answer is written and waits for a supervisor.</summary>
    InReview = 2,

    /// <summary>The answer has been released to the person.</summary>
    Answered = 3,

    /// <summary>The person deleted the question before it was answered.</summary>
    Withdrawn = 4,
}
