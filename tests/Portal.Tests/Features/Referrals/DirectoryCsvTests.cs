using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Referrals;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests.Features.Referrals;

/// <summary>Importing and exporting the directory as CSV, on a real SQLite database seeded with the national lines.</summary>
public sealed class DirectoryCsvTests : IAsyncLifetime
{
    private const string Header = "slug,name,kind,categories,description,organization,organization_description,eligibility,fees,how_to_apply,phone,phone_note,text_number,text_keyword,tty,website,chat_url,hours,languages,area_served,last_verified,retired_on\r\n";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private readonly StaffMember supervisor = TestCallers.Admin();
    private PortalServices portal = default!;
    private ServiceProvider services = default!;

    public async ValueTask InitializeAsync() => (portal, services) = await PortalServices.StartAsync(clock);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task An_export_imported_again_changes_nothing_and_exports_the_same_text()
    {
        var added = await Import(Header +
            "riverside-couples,\"Couples counseling, evenings\",Local,CouplesTherapy; FamilyTherapy,\"Sliding-scale counseling; \"\"no one turned away\"\".\",Riverside Family Center,,Adults 18+,$20–$60,Call to book,(503) 555-0142,press 2,,,,https://riverside.example.org,,Mon–Fri 9–5,\"English, Spanish\",\"OR, WA\",2026-06-02,\r\n" +
            "old-grief-group,Grief group,Local,Grief,A weekly group.,,,,,,503-555-0100,,,,,,,,English,OR,2024-01-15,2025-03-01\r\n");
        Assert.True(added.Succeeded, string.Join(" ", added.Problems.Select(p => $"{p.Line}: {p.Message}")));
        Assert.Equal((2, 0), (added.Added, added.Changed));

        var first = await services.GetRequiredService<ExportDirectory>().HandleAsync(Token);
        var again = await Import(first);
        var second = await services.GetRequiredService<ExportDirectory>().HandleAsync(Token);

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Added);
        Assert.Equal(first, second);
        Assert.Contains("\"Sliding-scale counseling; \"\"no one turned away\"\".\"", first, StringComparison.Ordinal);
        await using var db = await Db();
        var couples = await db.ReferralResources.SingleAsync(r => r.Slug == "riverside-couples", Token);
        Assert.Equal(("OR,WA", "press 2", (DateOnly?)null), (couples.Area.Code, couples.PhoneNote, couples.RetiredOn));
        Assert.Equal(new DateOnly(2025, 3, 1), (await db.ReferralResources.SingleAsync(r => r.Slug == "old-grief-group", Token)).RetiredOn);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_with_the_reason_and_nothing_is_imported()
    {
        var result = await Import(Header +
            "good-one,Good service,Local,Grief,Fine.,,,,,,503-555-0100,,,,,,,,English,OR,2026-01-01,\r\n" +
            "bad-phone,Bad phone,Local,Grief,Fine.,,,,,,call us,,,,,,,,English,OR,2026-01-01,\r\n" +
            "\"multi\r\nline\",Area,Local,Nonsense,Fine.,,,,,,503-555-0100,,,,,,,,English,Narnia,2026-13-01,\r\n" +
            "short,row\r\n");

        Assert.False(result.Succeeded);
        Assert.Equal([3, 4, 6], result.Problems.Select(p => p.Line));
        Assert.Contains("phone: 'call us' is not a phone number", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("category \"Nonsense\" is not known", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("last_verified \"2026-13-01\"", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("2 fields", result.Problems[2].Message, StringComparison.Ordinal);
        await using var db = await Db();
        Assert.False(await db.ReferralResources.AnyAsync(r => r.Slug == "good-one", Token));
    }

    [Fact]
    public async Task Fields_a_spreadsheet_would_run_as_formulas_are_exported_as_text_and_read_back_as_written()
    {
        var added = await Import(Header +
            "formula,\"=HYPERLINK(\"\"https://evil.example\"\")\",Local,Grief,@SUM(1),,,,,,+1 503-555-0100,-night line,,,,,,,English,OR,2026-01-01,\r\n");
        Assert.True(added.Succeeded, string.Join(" ", added.Problems.Select(p => p.Message)));

        var csv = await services.GetRequiredService<ExportDirectory>().HandleAsync(Token);
        var again = await Import(csv);

        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1),", csv, StringComparison.Ordinal);
        Assert.Contains(",'+1 503-555-0100,'-night line,", csv, StringComparison.Ordinal);
        Assert.True(again.Succeeded);
        Assert.Equal(csv, await services.GetRequiredService<ExportDirectory>().HandleAsync(Token));
        await using var db = await Db();
        var entry = await db.ReferralResources.SingleAsync(r => r.Slug == "formula", Token);
        Assert.Equal(("=HYPERLINK(\"https://evil.example\")", "+1 503-555-0100"), (entry.Name, entry.Phone!.Display));
    }

    [Fact]
    public async Task A_row_without_a_slug_named_like_a_service_already_there_is_reported_not_added_twice()
    {
        var result = await Import(Header + ",Poison Control,CrisisLine,Poisoning,Again.,,,,,,1-800-222-1222,,,,,,,,English,US,2026-01-01,\r\n");

        Assert.Equal(2, Assert.Single(result.Problems).Line);
        Assert.Contains("already has a service", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_the_columns_or_from_a_counselor_is_refused()
    {
        Assert.Equal(1, Assert.Single((await Import("name,phone\r\nA,988\r\n")).Problems).Line);
        var counselor = new StaffMember("c", "Counselor", IsSupervisor: false);
        var refused = await services.GetRequiredService<ImportDirectory>().HandleAsync(new StringReader(Header), counselor, Token);
        Assert.False(refused.Succeeded);
    }

    [Fact]
    public async Task Search_finds_by_category_state_and_language_and_hides_retired_entries()
    {
        await Import(Header +
            "riverside-couples,Couples counseling,Local,CouplesTherapy,Counseling.,,,,,,503-555-0142,,,,,,,,\"English, Spanish\",\"OR, WA\",2026-06-02,\r\n" +
            "texas-couples,Couples in Texas,Local,CouplesTherapy,Counseling.,,,,,,512-555-0142,,,,,,,,English,TX,2026-06-02,2026-07-01\r\n");
        var search = services.GetRequiredService<SearchDirectory>();

        var inOregon = await search.HandleAsync(new(Category: Concerns.CouplesTherapy, State: "OR"), Token);
        var spanish = await search.HandleAsync(new(Words: "couples", Language: "spanish"), Token);
        var texas = await search.HandleAsync(new(State: "TX", Category: Concerns.CouplesTherapy, IncludeRetired: true), Token);

        Assert.Equal(["riverside-couples"], inOregon.Select(r => r.Entry.Slug));
        Assert.Equal(["riverside-couples"], spanish.Select(r => r.Entry.Slug));
        Assert.Equal(["texas-couples"], texas.Select(r => r.Entry.Slug));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<ImportDirectory.Result> Import(string csv) =>
        services.GetRequiredService<ImportDirectory>().HandleAsync(new StringReader(csv), supervisor, Token);

    private Task<PortalDbContext> Db() => services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
