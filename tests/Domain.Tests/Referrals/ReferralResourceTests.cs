using AdviceIntake.Domain.Referrals;

namespace AdviceIntake.Domain.Tests.Referrals;

public sealed class ReferralResourceTests
{
    private static readonly DateOnly Verified = new(2026, 11, 26);

    [Fact]
    public void A_hotline_is_a_crisis_line_and_serves_the_concerns_it_names()
    {
        var hotline = ReferralResource.Create("dv", "National Domestic Violence Hotline", ResourceKind.CrisisLine, Concerns.DomesticViolence,
            "Support", PhoneNumber.Parse("1-800-799-7233"), TextLine.Create("88788", "START"), new Uri("https://www.thehotline.org"),
            "24 hours", "English, Spanish", "United States", Verified);

        Assert.True(hotline.IsCrisisLine);
        Assert.True(hotline.Serves(Concerns.DomesticViolence));
        Assert.False(hotline.Serves(Concerns.SuicideOrSelfHarm));
        Assert.Equal(Verified, hotline.LastVerifiedOn);
    }

    [Fact]
    public void A_resource_nobody_can_reach_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ReferralResource.Create("x", "Nowhere", ResourceKind.Local, Concerns.None,
            "", null, null, null, "", "", "", Verified));

        Assert.Contains("phone number, a text line or a website", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_website_must_be_https()
    {
        Assert.Throws<ArgumentException>(() => ReferralResource.Create("x", "Plain", ResourceKind.Local, Concerns.None,
            "", null, null, new Uri("http://example.org"), "", "", "", Verified));
    }

    [Fact]
    public void Emergency_and_crisis_lines_sort_before_other_services()
    {
        Assert.True(ResourceKind.Emergency < ResourceKind.CrisisLine);
        Assert.True(ResourceKind.CrisisLine < ResourceKind.National);
        Assert.True(ResourceKind.National < ResourceKind.Local);
    }
}
