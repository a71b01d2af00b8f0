using System.ComponentModel.DataAnnotations;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Portal.Features.Escalations;

/// <summary>
/// Who is emailed when a case is escalated: the supervisors on the rota at that moment, in the service's time zone, or
/// every supervisor when nobody on the rota is on call.
/// </summary>
public sealed class OnCallOptions : IValidatableObject
{
    public const string Section = "OnCall";

    /// <summary>An IANA time zone such as America/Chicago; the rota's times are in it.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    public List<ShiftOptions> Rota { get; set; } = [];

    /// <summary>A Crisis question nobody has taken for this long is escalated, whatever its response target.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CrisisUnclaimedAfter { get; set; } = TimeSpan.FromMinutes(15);

    public OnCallRota ToRota() => new(
        [.. Rota.Select(s => new OnCallShift(s.Supervisor, s.Days, s.From, s.To))],
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"OnCall:TimeZone '{TimeZone}' is not a time zone this machine knows.", [nameof(TimeZone)]);
        }

        for (var i = 0; i < Rota.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Rota[i].Supervisor) || Rota[i].Days.Count == 0)
            {
                yield return new ValidationResult($"OnCall:Rota:{i} needs a Supervisor (their sign-in email) and at least one of Days.", [nameof(Rota)]);
            }
        }
    }

    public sealed class ShiftOptions
    {
        /// <summary>The supervisor's sign-in email.</summary>
        public string Supervisor { get; set; } = string.Empty;

        public List<DayOfWeek> Days { get; set; } = [];

        public TimeOnly From { get; set; }

        /// <summary>At or before <see cref="From"/>: the shift runs past midnight.</summary>
        public TimeOnly To { get; set; }
    }
}
