namespace AdviceIntake.Domain.Questions;

/// <summary>A change the question's lifecycle does not allow now; the message says why, for the person who asked.</summary>
public sealed class LifecycleException(string message) : InvalidOperationException(message);
