using System.ComponentModel.DataAnnotations;

namespace AdviceIntake.Portal.Features.Reminders;

public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>An answer draft unchanged this long reminds its author, once for each time it stalls.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan DraftIdleFor { get; set; } = TimeSpan.FromDays(2);

    /// <summary>A licence running out within this many days reminds its counselor and every admin, once per expiry date.</summary>
    [Range(1, 365)]
    public int LicenceWarningDays { get; set; } = 30;
}
