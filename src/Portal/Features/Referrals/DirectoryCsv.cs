using System.Globalization;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>
/// The directory as one CSV file, a row per service with its organization, phones and area, after the Open Referral
/// HSDS fields. Export and import use the same columns, so a file exported and imported again changes nothing.
/// </summary>
public static class DirectoryCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "slug", "name", "kind", "categories", "description", "organization", "organization_description", "eligibility", "fees",
        "how_to_apply", "phone", "phone_note", "text_number", "text_keyword", "tty", "website", "chat_url", "hours", "languages",
        "area_served", "last_verified", "retired_on",
    ];

    public static IEnumerable<string?> Row(ReferralResource entry)
    {
        var d = entry.ToDetails();
        return new string?[]
        {
            d.Slug, d.Name, d.Kind.ToString(), string.Join("; ", d.Categories.Each()), d.Summary, d.Organization, d.OrganizationDescription,
            d.Eligibility, d.Fees, d.HowToApply, d.Phone, d.PhoneNote, d.TextNumber, d.TextKeyword, d.Tty, d.Website, d.ChatUrl, d.Hours,
            d.Languages, d.AreaServed, Date(d.LastVerifiedOn), Date(entry.RetiredOn),
        }.Select(Inert);
    }

    /// <summary>
    /// A field a spreadsheet would run as a formula (=, +, -, @ first, as in "+1 800…") is written with an apostrophe
    /// before it, which spreadsheets show as text; import takes it off again, so the round trip is exact.
    /// </summary>
    private static string? Inert(string? value) => value is [ '=' or '+' or '-' or '@' or '\'', ..] ? "'" + value : value;

    private static string? Live(string? value) => value is [ '\'', '=' or '+' or '-' or '@' or '\'', ..] ? value[1..] : value;

    /// <summary>A row read back: the details and the retirement date, or what is wrong with its kind, categories or dates.</summary>
    public static (ReferralDetails? Details, DateOnly? RetiredOn, IReadOnlyList<string> Problems) Parse(IReadOnlyDictionary<string, string> row)
    {
        var problems = new List<string>();
        string? Get(string column) => row.TryGetValue(column, out var value) && Live(value.Trim()) is { Length: > 0 } text ? text : null;

        var kind = ResourceKind.Local;
        if (Get("kind") is { } kindText && (!Enum.TryParse(kindText, ignoreCase: true, out kind) || !Enum.IsDefined(kind)))
        {
            problems.Add($"kind \"{kindText}\" is not one of {string.Join(", ", Enum.GetNames<ResourceKind>())}");
        }

        var categories = Concerns.None;
        foreach (var name in (Get("categories") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = ConcernNames.InSheetOrder.FirstOrDefault(c =>
                c.ToString().Equals(name, StringComparison.OrdinalIgnoreCase) || c.Describe().Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match == Concerns.None)
            {
                problems.Add($"category \"{name}\" is not known");
            }

            categories |= match;
        }

        var verified = ParseDate(Get("last_verified"), "last_verified", problems);
        var retired = ParseDate(Get("retired_on"), "retired_on", problems);
        if (problems.Count > 0)
        {
            return (null, null, problems);
        }

        return (new ReferralDetails
        {
            Slug = Get("slug"),
            Name = Get("name"),
            Kind = kind,
            Categories = categories,
            Summary = Get("description"),
            Organization = Get("organization"),
            OrganizationDescription = Get("organization_description"),
            Eligibility = Get("eligibility"),
            Fees = Get("fees"),
            HowToApply = Get("how_to_apply"),
            Phone = Get("phone"),
            PhoneNote = Get("phone_note"),
            TextNumber = Get("text_number"),
            TextKeyword = Get("text_keyword"),
            Tty = Get("tty"),
            Website = Get("website"),
            ChatUrl = Get("chat_url"),
            Hours = Get("hours"),
            Languages = Get("languages"),
            AreaServed = Get("area_served"),
            LastVerifiedOn = verified,
        }, retired, []);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static DateOnly? ParseDate(string? text, string column, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{column} \"{text}\" is not a date written as 2026-11-30");
        return null;
    }
}
