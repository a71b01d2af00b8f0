using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Realtime;
using AngleSharp.Html.Parser;

namespace AdviceIntake.Portal.Tests.Features.Triage;

/// <summary>The queue's rows are written as HTML text: whatever a name or a reason holds stays text.</summary>
public sealed class TriageMarkupTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Markup_in_a_name_or_a_reason_is_shown_as_text_and_the_row_keeps_its_eight_cells()
    {
        var row = new LoadQueue.Row(Guid.NewGuid(), ReferenceCode.FromStored("K7QFM2XD9R"), RiskLevel.High, RiskOverridden: true,
            [new RiskReason(RiskLevel.High, Concerns.DomesticViolence, "Words: \"<b>hits me</b>\" (partner violence)")],
            Topic.TraumaAndAbuse, Nine.AddHours(-5), Nine.AddHours(-1), QuestionStatus.Claimed, "dana", "<script>alert('x')</script> Dana");
        var people = new[] { new PresenceBoard.Person("jo", "Jo \"Quotes\" O'Hara <img src=x>", PresenceMode.Writing) };

        var html = TriageMarkup.Row(row, Nine, people).Value;
        var table = new HtmlParser().ParseDocument($"<table><tbody>{html}</tbody></table>");

        Assert.Empty(table.QuerySelectorAll("script, img, b"));
        var cells = table.QuerySelectorAll("tr.queue-row > td");
        Assert.Equal(8, cells.Length);
        Assert.Equal("High*", cells[0].QuerySelector(".risk-badge")!.FirstChild!.TextContent);
        Assert.Equal(["Set by a supervisor.", "Words: \"<b>hits me</b>\" (partner violence)"],
            cells[0].QuerySelectorAll(".risk-reason").Select(r => r.TextContent));
        Assert.Equal("K7QF-M2XD-9R", cells[1].TextContent);
        Assert.Equal($"/staff/questions/{row.Id}", cells[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(("5 h", "overdue by 1 h", "Being answered"), (cells[3].TextContent, cells[4].TextContent, cells[5].TextContent));
        Assert.Equal("<script>alert('x')</script> Dana", cells[6].TextContent);
        Assert.Equal("Jo \"Quotes\" O'Hara <img src=x> is writing", cells[7].QuerySelector(".presence-avatar")!.GetAttribute("aria-label"));
        Assert.Contains("overdue-row", table.QuerySelector("tr")!.ClassList);
    }

    [Theory]
    [InlineData(0.5, "under a minute")]
    [InlineData(59, "59 min")]
    [InlineData(60, "1 h")]
    [InlineData(60 * 23 + 59, "23 h")]
    [InlineData(60 * 24, "1 d")]
    [InlineData(60 * 24 * 4 + 60 * 21 + 5, "4 d 21 h")]
    public void Time_is_said_in_whole_units_rounded_down(double minutes, string words)
    {
        Assert.Equal(words, TriageMarkup.Span(TimeSpan.FromMinutes(minutes)));
    }
}
