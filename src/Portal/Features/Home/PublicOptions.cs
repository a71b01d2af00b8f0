using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Features.Home;

public sealed class PublicOptions
{
    public const string Section = "Public";

    /// <summary>Where "Exit this page" goes: a site that reveals nothing if someone looks over the person's shoulder.</summary>
    [Required, Url]
    public string QuickExitUrl { get; set; } = "https://www.google.com/search?q=weather";

    /// <summary>How long a counselor usually takes to answer, in days, as the public pages promise it.</summary>
    [Range(1, 30)]
    public int UsualAnswerDays { get; set; } = 5;

    /// <summary>How long questions and answers are kept before they are deleted, as the public pages promise it.</summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 24;
}
