using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Features.Referrals;
using Bunit;

namespace AdviceIntake.Portal.Tests.Features.Referrals;

public sealed class CrisisLineCardTests : BunitContext
{
    [Fact]
    public void A_hotline_offers_a_call_link_and_a_text_link_with_its_keyword()
    {
        var hotline = ReferralResource.Create(new ReferralDetails
        {
            Name = "National Domestic Violence Hotline", Kind = ResourceKind.CrisisLine, Categories = Concerns.DomesticViolence,
            Summary = "Confidential support.", Phone = "1-800-799-7233", TextNumber = "88788", TextKeyword = "START",
            Website = "https://www.thehotline.org", Hours = "24 hours, every day", Languages = "English, Spanish", AreaServed = "US",
            LastVerifiedOn = new DateOnly(2026, 11, 26),
        }, new DateOnly(2026, 11, 30));

        var card = Render<CrisisLineCard>(p => p.Add(c => c.Line, hotline));

        var links = card.FindAll(".crisis-actions a");
        Assert.Equal("tel:18007997233", links[0].GetAttribute("href"));
        Assert.Contains("Call 1-800-799-7233", links[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("sms:88788?body=START", links[1].GetAttribute("href"));
        Assert.Contains("Text START to 88788", links[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("24 hours, every day", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_only_line_offers_no_call_link()
    {
        var textLine = ReferralResource.Create(new ReferralDetails
        {
            Name = "Crisis Text Line", Kind = ResourceKind.CrisisLine, Categories = Concerns.EmotionalSupport, Summary = "By text.",
            TextNumber = "741741", TextKeyword = "HOME", Hours = "24 hours", Languages = "English", AreaServed = "US",
            LastVerifiedOn = new DateOnly(2026, 11, 26),
        }, new DateOnly(2026, 11, 30));

        var card = Render<CrisisLineCard>(p => p.Add(c => c.Line, textLine));

        var link = Assert.Single(card.FindAll(".crisis-actions a"));
        Assert.Equal("sms:741741?body=HOME", link.GetAttribute("href"));
    }
}
