using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Features.Referrals;
using Bunit;
using MudBlazor.Services;

namespace AdviceIntake.Portal.Tests.Features.Referrals;

public sealed class CrisisLineCardTests : BunitContext
{
    public CrisisLineCardTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void A_hotline_offers_a_call_link_and_a_text_link_with_its_keyword()
    {
        var hotline = ReferralResource.Create("dv", "National Domestic Violence Hotline", ResourceKind.CrisisLine, Concerns.DomesticViolence,
            "Confidential support.", PhoneNumber.Parse("1-800-799-7233"), TextLine.Create("88788", "START"),
            new Uri("https://www.thehotline.org"), "24 hours, every day", "English, Spanish", "United States", new DateOnly(2026, 11, 26));

        var card = Render<CrisisLineCard>(p => p.Add(c => c.Line, hotline));

        var links = card.FindAll("a.mud-button-root");
        Assert.Equal("tel:18007997233", links[0].GetAttribute("href"));
        Assert.Contains("Call 1-800-799-7233", links[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("sms:88788?body=START", links[1].GetAttribute("href"));
        Assert.Contains("Text START to 88788", links[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("24 hours, every day", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_only_line_offers_no_call_link()
    {
        var textLine = ReferralResource.Create("ctl", "Crisis Text Line", ResourceKind.CrisisLine, Concerns.EmotionalSupport,
            "By text.", null, TextLine.Create("741741", "HOME"), null, "24 hours", "English", "United States", new DateOnly(2026, 11, 26));

        var card = Render<CrisisLineCard>(p => p.Add(c => c.Line, textLine));

        var link = Assert.Single(card.FindAll("a.mud-button-root"));
        Assert.Equal("sms:741741?body=HOME", link.GetAttribute("href"));
    }
}
