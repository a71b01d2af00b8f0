namespace AdviceIntake.Portal.Features.Intake;

/// <summary>The pages of the form in order, by the last part of their address (/ask/{step}).</summary>
public static class IntakeSteps
{
    public const string Safety = "safety";
    public const string HelpNow = "help-now";
    public const string Topic = "topic";
    public const string Question = "question";
    public const string AboutYou = "about-you";
    public const string SigningOff = "signing-off";
    public const string Check = "check";
    public const string Sent = "sent";

    public static readonly IReadOnlySet<string?> All = new HashSet<string?> { Safety, HelpNow, Topic, Question, AboutYou, SigningOff, Check, Sent };

    public static string Path(string step) => $"/ask/{step}";

    public static string ChangePath(string step) => $"/ask/{step}?change=true";
}
