using System.Globalization;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// The one way staff pages write a moment: "1 Dec 2026, 14:05", in the server's time zone. One format everywhere, so a
/// note, an escalation and a history line can be compared at a glance.
/// </summary>
public static class StaffTime
{
    public static string Of(DateTimeOffset at) => at.ToLocalTime().ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
