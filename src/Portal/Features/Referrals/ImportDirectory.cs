using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>
/// Reads a directory CSV: rows whose slug is known change that entry, others add one. Every row is checked first; one
/// bad row and nothing at all is imported, and every problem is reported with its line.
/// </summary>
public sealed class ImportDirectory(IDbContextFactory<PortalDbContext> contexts, AuditTrail audit, TimeProvider clock)
{
    public const int MaxRows = 5_000;

    public sealed record Problem(int Line, string Message);

    public sealed record Result(int Added, int Changed, IReadOnlyList<Problem> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public async Task<Result> HandleAsync(TextReader csv, StaffMember caller, CancellationToken cancellationToken = default)
    {
        if (!caller.IsSupervisor)
        {
            return new Result(0, 0, [new Problem(0, "Only a supervisor or an admin can import into the directory.")]);
        }

        var records = Csv.Read(csv).Take(MaxRows + 2).ToList();
        if (records.Count == 0)
        {
            return new Result(0, 0, [new Problem(1, "The file is empty. Export the directory to see the columns it needs.")]);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = DirectoryCsv.Columns.Where(c => c is not ("slug" or "retired_on") && !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new Result(0, 0, [new Problem(1, $"The first line must name the columns; missing: {string.Join(", ", missing)}.")]);
        }

        if (records.Count > MaxRows + 1)
        {
            return new Result(0, 0, [new Problem(0, $"A file may hold at most {MaxRows:N0} services. Split it and import each part.")]);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = (await db.ReferralResources.ToListAsync(cancellationToken)).ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var problems = new List<Problem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int added = 0, changed = 0;
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                problems.Add(new Problem(record.Line, $"It has {record.Fields.Count} fields where the first line names {header.Count}."));
                continue;
            }

            var row = header.Zip(record.Fields).GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.First().Second);
            var (details, retiredOn, rowProblems) = DirectoryCsv.Parse(row);
            if (details is null)
            {
                problems.Add(new Problem(record.Line, Sentence(rowProblems)));
                continue;
            }

            try
            {
                ReferralResource entry;
                if (details.Slug is { } slug && existing.TryGetValue(slug, out var known))
                {
                    known.Update(details, today);
                    entry = known;
                    changed++;
                }
                else
                {
                    entry = ReferralResource.Create(details, today);
                    if (existing.ContainsKey(entry.Slug))
                    {
                        problems.Add(new Problem(record.Line, $"The directory already has a service \"{entry.Slug}\". Put that in the slug column to change it, or give this one another name."));
                        continue;
                    }

                    db.ReferralResources.Add(entry);
                    existing[entry.Slug] = entry;
                    added++;
                }

                if (seen.TryGetValue(entry.Slug, out var firstLine))
                {
                    problems.Add(new Problem(record.Line, $"The service \"{entry.Slug}\" is already on line {firstLine}."));
                }

                seen[entry.Slug] = record.Line;
                if (retiredOn is { } retired)
                {
                    entry.Retire(retired);
                }
                else
                {
                    entry.Reinstate();
                }
            }
            catch (DomainValidationException e)
            {
                problems.Add(new Problem(record.Line, Sentence(e.Errors.Select(error => $"{Column(error.Field)}: {error.Message}"))));
            }
        }

        if (problems.Count > 0)
        {
            return new Result(0, 0, problems);
        }

        await audit.SaveWithAsync(db, AuditAction.DirectoryChanged, caller.Id, null, $"Imported {added} new and {changed} changed services", cancellationToken);
        return new Result(added, changed, []);
    }

    private static string Sentence(IEnumerable<string> parts) => string.Join("; ", parts) + ".";

    private static string Column(string field) => field switch
    {
        nameof(ReferralDetails.Summary) => "description",
        nameof(ReferralDetails.Categories) => "categories",
        nameof(ReferralDetails.LastVerifiedOn) => "last_verified",
        nameof(ReferralDetails.AreaServed) => "area_served",
        nameof(ReferralDetails.HowToApply) => "how_to_apply",
        nameof(ReferralDetails.PhoneNote) => "phone_note",
        nameof(ReferralDetails.TextNumber) => "text_number",
        nameof(ReferralDetails.ChatUrl) => "chat_url",
        nameof(ReferralDetails.OrganizationDescription) => "organization_description",
        _ => field.ToLowerInvariant(),
    };
}
