using System.Text.Json;
using System.Text.Json.Serialization;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>
/// Puts the national crisis lines into the directory in every environment: intake, letters and referral sheets read
/// them from there. Entries already present are left alone, so an Admin's later corrections survive a restart.
/// </summary>
public sealed class SeedNationalCrisisLines(IDbContextFactory<PortalDbContext> contexts)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var present = await db.ReferralResources.Select(r => r.Slug).ToListAsync(cancellationToken);
        foreach (var entry in ReadEntries().Where(e => !present.Contains(e.Slug)))
        {
            db.ReferralResources.Add(entry.ToResource());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static IReadOnlyList<Entry> ReadEntries()
    {
        using var stream = typeof(SeedNationalCrisisLines).Assembly
            .GetManifestResourceStream("AdviceIntake.Portal.Features.Referrals.national-crisis-lines.json")
            ?? throw new InvalidOperationException("The national crisis lines resource is missing from the build.");
        return JsonSerializer.Deserialize<List<Entry>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The national crisis lines resource is empty.");
    }

    internal sealed record Entry(
        string Slug,
        string Name,
        ResourceKind Kind,
        Concerns Concerns,
        string Summary,
        string? Phone,
        string? TextNumber,
        string? TextKeyword,
        Uri? Website,
        string Hours,
        string Languages,
        string AreaServed,
        DateOnly LastVerifiedOn,
        Uri? ChatUrl)
    {
        public ReferralResource ToResource() => ReferralResource.Create(
            Slug, Name, Kind, Concerns, Summary, PhoneNumber.Parse(Phone), TextLine.Create(TextNumber, TextKeyword),
            Website, Hours, Languages, AreaServed, LastVerifiedOn, ChatUrl);
    }
}
