using System.Text;
using System.Text.Encodings.Web;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.AspNetCore.Components;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// The queue's rows as HTML text, one piece per row. A row written as elements costs an open dashboard about thirty
/// render-tree frames, kept three times over (the page's current and previous trees, the circuit's batch buffer); as
/// text it costs one. That is what keeps a dashboard of a hundred rows under a megabyte of server memory
/// (docs/decisions/0006). Every value is HTML-encoded here, the one place this markup is written.
/// </summary>
public static class TriageMarkup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>
    /// One question: a table row on a wide screen and, by the style sheet alone, a card on a phone (each cell carries the
    /// label the card shows). Its one link, the title, opens the case and is described by the risk reasons, so a
    /// keyboard or screen reader user hears them without a tab stop per badge.
    /// </summary>
    public static MarkupString Row(LoadQueue.Row row, DateTimeOffset now, IReadOnlyList<PresenceBoard.Person> people)
    {
        var reasonsId = $"risk-{row.Id:N}";
        var html = new StringBuilder(768);
        html.Append("<tr class=\"queue-row risk-row-").Append(Lower(row.Risk)).Append(row.DueAt < now ? " overdue-row" : null)
            .Append("\" data-question=\"").Append(row.Id).Append("\"><td class=\"queue-risk\" data-label=\"Risk\">");
        AppendBadge(html, row.Risk, row.Reasons, row.RiskOverridden, reasonsId);
        html.Append("</td><td class=\"queue-question\" data-label=\"Question\"><a class=\"case-link\" href=\"").Append(CasePath(row.Id))
            .Append("\" aria-describedby=\"").Append(reasonsId).Append("\">").Append(row.Title.Length == 0 ? "(no title)" : Encode(row.Title))
            .Append("</a><span class=\"queue-meta\"><span class=\"queue-reference\">").Append(Encode(row.Reference.ToString()))
            .Append("</span> · <span class=\"queue-pen-name\">").Append(Encode(row.PenName)).Append("</span></span></td><td data-label=\"Topic\">")
            .Append(Encode(row.Topic.Describe())).Append("</td><td data-label=\"Waiting\" data-waiting>")
            .Append(Span(now - row.SubmittedAt)).Append("</td><td data-label=\"Response\">");
        AppendClock(html, row.DueAt, now);
        html.Append("</td><td data-label=\"Status\">").Append(QuestionWords.Status(row.Status)).Append("</td><td data-label=\"Assignee\" data-assignee>")
            .Append(row.AssigneeName is null ? "—" : Encode(row.AssigneeName)).Append("</td><td class=\"queue-presence\" data-label=\"On it now\">");
        AppendPresence(html, people);
        return new MarkupString(html.Append("</td></tr>").ToString());
    }

    public static MarkupString Badge(RiskLevel level, IReadOnlyList<RiskReason> reasons, bool overridden, string reasonsId) =>
        new(AppendBadge(new StringBuilder(256), level, reasons, overridden, reasonsId).ToString());

    public static MarkupString Clock(DateTimeOffset dueAt, DateTimeOffset now) =>
        new(AppendClock(new StringBuilder(96), dueAt, now).ToString());

    public static MarkupString Presence(IReadOnlyList<PresenceBoard.Person> people) =>
        new(AppendPresence(new StringBuilder(128), people).ToString());

    public static string CasePath(Guid id) => $"/staff/questions/{id}";

    /// <summary>"45 min", "3 h", "2 d 4 h": whole units, rounded down, never "0 min".</summary>
    public static string Span(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => "under a minute",
        { TotalHours: < 1 } => $"{(int)span.TotalMinutes} min",
        { TotalDays: < 1 } => $"{(int)span.TotalHours} h",
        _ when span.Hours == 0 => $"{span.Days} d",
        _ => $"{span.Days} d {span.Hours} h",
    };

    // The reasons are in the page, shown on hover, and read out through the case link that points to them; a level
    // staff changed says so in words ("changed"), not with a mark to decode.
    private static StringBuilder AppendBadge(StringBuilder html, RiskLevel level, IReadOnlyList<RiskReason> reasons, bool overridden, string reasonsId)
    {
        html.Append("<span class=\"risk-badge risk-").Append(Lower(level)).Append("\">").Append(level)
            .Append(overridden ? "<span class=\"risk-changed\">, changed</span>" : null)
            .Append("<span class=\"risk-reasons\" role=\"tooltip\" id=\"").Append(reasonsId).Append("\">");
        if (overridden)
        {
            html.Append("<span class=\"risk-reason\">Set by staff, not by the assessment; the case page says who and why.</span>");
        }

        if (reasons.Count == 0)
        {
            html.Append("<span class=\"risk-reason\">Nothing in the answers or the words raised the level.</span>");
        }

        foreach (var reason in reasons)
        {
            html.Append("<span class=\"risk-reason\">").Append(Encode(reason.Description)).Append("</span>");
        }

        return html.Append("</span></span>");
    }

    // Time left in words, as people say it; overdue in red and in words, so it does not rely on colour.
    private static StringBuilder AppendClock(StringBuilder html, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var overdue = dueAt < now;
        return html.Append("<span class=\"response-clock")
            .Append(overdue ? " overdue" : dueAt - now < TimeSpan.FromHours(1) ? " due-soon" : null)
            .Append("\" title=\"").Append(Encode($"Due {StaffTime.Of(dueAt)}")).Append("\">")
            .Append(overdue ? $"overdue by {Span(now - dueAt)}" : $"due in {Span(dueAt - now)}")
            .Append("</span>");
    }

    private static StringBuilder AppendPresence(StringBuilder html, IReadOnlyList<PresenceBoard.Person> people)
    {
        if (people.Count == 0)
        {
            return html;
        }

        html.Append("<span class=\"presence\" data-presence>");
        foreach (var person in people)
        {
            var writing = person.Mode == PresenceMode.Writing;
            var label = Encode($"{person.DisplayName} is {(writing ? "writing" : "viewing")}");
            html.Append("<span class=\"presence-avatar ").Append(writing ? "writing" : "viewing").Append("\" role=\"img\" title=\"").Append(label)
                .Append("\" aria-label=\"").Append(label).Append("\">").Append(Encode(Initials(person.DisplayName)))
                .Append(writing ? "<span class=\"presence-pen\" aria-hidden=\"true\">✎</span>" : null).Append("</span>");
        }

        return html.Append("</span>");
    }

    private static string Initials(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => "?",
            1 => parts[0][..1].ToUpperInvariant(),
            _ => $"{parts[0][0]}{parts[^1][0]}".ToUpperInvariant(),
        };
    }

    private static string Lower(RiskLevel level) => level.ToString().ToLowerInvariant();

    private static string Encode(string value) => Encoder.Encode(value);
}
