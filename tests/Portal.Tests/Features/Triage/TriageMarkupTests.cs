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
    public void Markup_in_a_title_a_pen_name_a_name_or_a_reason_is_shown_as_text_and_the_row_keeps_its_eight_labelled_cells()
    {
        var row = new LoadQueue.Row(Guid.NewGuid(), ReferenceCode.FromStored("K7QFM2XD9R"), "<i>Husband</i> & the money", "Tired <b>Mum</b>",
            RiskLevel.High, RiskOverridden: true,
            [new RiskReason(RiskLevel.High, Concerns.DomesticViolence, "Words: \"<b>hits me</b>\" (partner violence)")],
            Topic.TraumaAndAbuse, Nine.AddHours(-5), Nine.AddHours(-1), QuestionStatus.Claimed, "dana", "<script>alert('x')</script> Dana");
        var people = new[] { new PresenceBoard.Person("jo", "Jo \"Quotes\" O'Hara <img src=x>", PresenceMode.Writing) };

        var html = TriageMarkup.Row(row, Nine, people).Value;
        var table = new HtmlParser().ParseDocument($"<table><tbody>{html}</tbody></table>");

        Assert.Empty(table.QuerySelectorAll("script, img, b, i"));
        var cells = table.QuerySelectorAll("tr.queue-row > td");
        Assert.Equal(["Risk", "Question", "Topic", "Waiting", "Response", "Status", "Assignee", "On it now"], cells.Select(c => c.GetAttribute("data-label")));
        var badge = cells[0].QuerySelector(".risk-badge")!;
        Assert.Equal("High, changed", badge.FirstChild!.TextContent + badge.QuerySelector(".risk-changed")!.TextContent);
        Assert.Null(badge.GetAttribute("tabindex"));
        Assert.Empty(table.QuerySelectorAll("[tabindex]"));
        Assert.Equal(["Set by staff, not by the assessment; the case page says who and why.", "Words: \"<b>hits me</b>\" (partner violence)"],
            cells[0].QuerySelectorAll(".risk-reason").Select(r => r.TextContent));
        var link = cells[1].QuerySelector("a.case-link")!;
        Assert.Equal(("<i>Husband</i> & the money", $"/staff/questions/{row.Id}"), (link.TextContent, link.GetAttribute("href")));
        Assert.Equal(cells[0].QuerySelector(".risk-reasons")!.Id, link.GetAttribute("aria-describedby"));
        Assert.Equal(("K7QF-M2XD-9R", "Tired <b>Mum</b>"), (cells[1].QuerySelector(".queue-reference")!.TextContent, cells[1].QuerySelector(".queue-pen-name")!.TextContent));
        Assert.Single(table.QuerySelectorAll("a"));
        Assert.Equal(("5 h", "overdue by 1 h", "Being answered"), (cells[3].TextContent, cells[4].TextContent, cells[5].TextContent));
        Assert.Equal("<script>alert('x')</script> Dana", cells[6].TextContent);
        Assert.Equal("Jo \"Quotes\" O'Hara <img src=x> is writing", cells[7].QuerySelector(".presence-avatar")!.GetAttribute("aria-label"));
        Assert.Contains("overdue-row", table.QuerySelector("tr")!.ClassList);
        Assert.Equal(row.Id.ToString(), table.QuerySelector("tr")!.GetAttribute("data-question"));
    }

    [Fact]
    public void A_question_without_a_title_says_so_and_a_level_nobody_changed_has_no_mark()
    {
        var row = new LoadQueue.Row(Guid.NewGuid(), ReferenceCode.FromStored("K7QFM2XD9R"), "", "Quiet", RiskLevel.Routine, RiskOverridden: false,
            [], Topic.Parenting, Nine.AddMinutes(-3), Nine.AddHours(20), QuestionStatus.Received, null, null);

        var table = new HtmlParser().ParseDocument($"<table><tbody>{TriageMarkup.Row(row, Nine, []).Value}</tbody></table>");

        Assert.Equal("(no title)", table.QuerySelector(".case-link")!.TextContent);
        Assert.Equal("Routine", table.QuerySelector(".risk-badge")!.FirstChild!.TextContent);
        Assert.Null(table.QuerySelector(".risk-changed"));
        Assert.Equal("3 min", table.QuerySelector("[data-waiting]")!.TextContent);
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
