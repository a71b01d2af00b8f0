namespace AdviceIntake.Portal.Email;

/// <summary>An email that could not be sent, described without anything the mail server said about the recipient.</summary>
public sealed class EmailNotSentException(string message) : Exception(message);
