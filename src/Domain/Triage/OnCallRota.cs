namespace AdviceIntake.Domain.Triage;

/// <summary>
/// One supervisor's regular shift on call: on the given days, from one time to another in the service's time zone. A
/// shift that ends at or before it starts runs past midnight into the next day.
/// </summary>
public sealed record OnCallShift(string Supervisor, IReadOnlyCollection<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    public bool Covers(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (From < To)
        {
            return Days.Contains(local.DayOfWeek) && time >= From && time < To;
        }

        // Overnight (or all day, when From == To): the evening part on its own day, the morning part on the next.
        return (Days.Contains(local.DayOfWeek) && time >= From) || (Days.Contains(local.AddDays(-1).DayOfWeek) && time < To);
    }
}

/// <summary>Who is on call at a moment: every supervisor whose shift covers it, in the rota's order.</summary>
public sealed class OnCallRota(IReadOnlyList<OnCallShift> shifts, TimeZoneInfo zone)
{
    public IReadOnlyList<OnCallShift> Shifts { get; } = shifts;

    public IReadOnlyList<string> OnCallAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return [.. Shifts.Where(s => s.Covers(local)).Select(s => s.Supervisor).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
