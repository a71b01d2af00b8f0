using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>How the service names itself on letters, sheets and emails.</summary>
public sealed class LettersOptions
{
    public const string Section = "Letters";

    [Required, StringLength(60)]
    public string ServiceName { get; set; } = "AdviceIntake";

    /// <summary>The footer of every page: how to reach the service, and that it is not an emergency service.</summary>
    [Required, StringLength(160)]
    public string ContactLine { get; set; } = "AdviceIntake · answers from licensed therapists · not an emergency service: in danger, call 911";
}
