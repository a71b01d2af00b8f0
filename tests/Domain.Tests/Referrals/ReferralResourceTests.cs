using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Tests.Referrals;

public sealed class ReferralResourceTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static readonly ReferralDetails Hotline = new()
    {
        Name = "National Domestic Violence Hotline",
        Kind = ResourceKind.CrisisLine,
        Categories = Concerns.DomesticViolence,
        Summary = "Support, safety planning and shelters.",
        Phone = "1-800-799-7233",
        TextNumber = "88788",
        TextKeyword = "start",
        Tty = "1-800-787-3224",
        Website = "https://www.thehotline.org",
        Hours = "24 hours",
        Languages = "English, Spanish",
        AreaServed = "United States",
        LastVerifiedOn = new DateOnly(2026, 11, 26),
    };

    [Fact]
    public void A_hotline_is_a_crisis_line_and_serves_the_categories_it_names()
    {
        var hotline = ReferralResource.Create(Hotline, Today);

        Assert.True(hotline.IsCrisisLine);
        Assert.True(hotline.Serves(Concerns.DomesticViolence));
        Assert.False(hotline.Serves(Concerns.SuicideOrSelfHarm));
        Assert.Equal("national-domestic-violence-hotline", hotline.Slug);
        Assert.Equal("Text START to 88788", hotline.Text!.Display);
        Assert.True(hotline.Area.IsNational);
    }

    [Fact]
    public void Every_problem_is_reported_by_field_and_nothing_changes()
    {
        var hotline = ReferralResource.Create(Hotline, Today);

        var error = Assert.Throws<DomainValidationException>(() => hotline.Update(Hotline with
        {
            Name = " ",
            Categories = Concerns.None,
            Phone = "call us",
            TextNumber = null,
            Website = "http://example.org",
            AreaServed = "Narnia",
            LastVerifiedOn = Today.AddDays(1),
        }, Today));

        Assert.Equal(["Name", "Categories", "Phone", "Website", "AreaServed", "LastVerifiedOn"], error.Errors.Select(e => e.Field).Distinct());
        Assert.Equal("National Domestic Violence Hotline", hotline.Name);
        Assert.Equal("1-800-799-7233", hotline.Phone!.Display);
    }

    [Fact]
    public void A_resource_nobody_can_reach_is_refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => ReferralResource.Create(Hotline with { Phone = null, TextNumber = null, Website = null }, Today));

        Assert.Contains(error.Errors, e => e.Message.Contains("phone number, a text line or a website", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_not_checked_for_a_year_is_stale_until_verified_again()
    {
        var entry = ReferralResource.Create(Hotline with { LastVerifiedOn = Today.AddMonths(-12) }, Today);
        Assert.False(entry.IsStaleOn(Today));

        Assert.True(entry.IsStaleOn(Today.AddDays(1)));

        entry.Verify(Today.AddDays(1));
        Assert.False(entry.IsStaleOn(Today.AddDays(1)));
    }

    [Theory]
    [InlineData("US", "US", "United States")]
    [InlineData("national", "US", "United States")]
    [InlineData("wa; Oregon", "OR,WA", "Oregon, Washington")]
    public void Areas_read_states_by_code_or_name(string typed, string code, string display)
    {
        var area = ServiceArea.Parse(typed);

        Assert.Equal((code, display), (area.Code, area.Display));
        Assert.Equal(area, ServiceArea.Parse(area.Code));
    }

    [Fact]
    public void A_state_service_is_suggested_only_to_people_in_its_states()
    {
        var clinic = ReferralResource.Create(new ReferralDetails
        {
            Name = "Riverside Family Center",
            Categories = Concerns.CouplesTherapy,
            Summary = "Sliding-scale counseling.",
            Phone = "503-555-0142",
            AreaServed = "OR",
            LastVerifiedOn = Today,
        }, Today);

        Assert.True(ReferralSuggestions.IsSuggested(clinic, Topic.CouplesAndMarriage, Concerns.None, "OR"));
        Assert.True(ReferralSuggestions.IsSuggested(clinic, Topic.CouplesAndMarriage, Concerns.None, null));
        Assert.False(ReferralSuggestions.IsSuggested(clinic, Topic.CouplesAndMarriage, Concerns.None, "TX"));
        Assert.False(ReferralSuggestions.IsSuggested(clinic, Topic.GriefAndLoss, Concerns.None, "OR"));
        clinic.Retire(Today);
        Assert.False(ReferralSuggestions.IsSuggested(clinic, Topic.CouplesAndMarriage, Concerns.None, "OR"));
    }

    [Fact]
    public void Emergency_and_crisis_lines_sort_before_other_services()
    {
        Assert.True(ResourceKind.Emergency < ResourceKind.CrisisLine);
        Assert.True(ResourceKind.CrisisLine < ResourceKind.National);
        Assert.True(ResourceKind.National < ResourceKind.Local);
    }
}
