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
public sealed class SeedNationalCrisisLines(IDbContextFactory<PortalDbContext> contexts) : IStartupStep
{
    public int Order => 20;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var present = await db.ReferralResources.Select(r => r.Slug).ToListAsync(cancellationToken);
        foreach (var entry in ReadEntries().Where(e => !present.Contains(e.Slug!)))
        {
            db.ReferralResources.Add(ToResource(entry));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static IReadOnlyList<ReferralDetails> ReadEntries()
    {
        using var stream = typeof(SeedNationalCrisisLines).Assembly
            .GetManifestResourceStream("AdviceIntake.Portal.Features.Referrals.national-crisis-lines.json")
            ?? throw new InvalidOperationException("The national crisis lines resource is missing from the build.");
        return JsonSerializer.Deserialize<List<ReferralDetails>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The national crisis lines resource is empty.");
    }

    // The seed file is checked by people before a release: its dates are taken as written, whatever today is.
    internal static ReferralResource ToResource(ReferralDetails entry) => ReferralResource.Create(entry, DateOnly.MaxValue);
}
