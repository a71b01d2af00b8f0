using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>The names staff are shown by in timelines and lists: the profile's display name, else the email.</summary>
public sealed class StaffNames
{
    private readonly Dictionary<string, string> names;

    private StaffNames(Dictionary<string, string> names) => this.names = names;

    public static async Task<StaffNames> LoadAsync(PortalDbContext db, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        var found = await db.Users.AsNoTracking()
            .Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.Profile!.DisplayName ?? u.Email ?? u.Id })
            .ToListAsync(cancellationToken);
        return new StaffNames(found.ToDictionary(u => u.Id, u => u.Name));
    }

    public string? Of(string? id) => id is null ? null : names.GetValueOrDefault(id, "A former staff member");
}
