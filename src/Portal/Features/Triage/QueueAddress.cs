using System.Globalization;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// The queue's view, filters, sort, page and search as the address's query string, so a reload keeps them and a view
/// can be shared: /staff?view=mine&amp;risk=crisis&amp;sort=waiting&amp;page=2. Defaults are left out; anything a person
/// edits into the address that is not a choice the page offers falls back to the default.
/// </summary>
public static class QueueAddress
{
    public static readonly int[] PageSizes = [25, 50, 100];

    public static LoadQueue.Query Read(string? view, string? status, string? risk, string? topic, string? assignee, string? sort, string? dir,
        string? page, string? size, string? search)
    {
        // Read as text: "page=abc" or "page=1.5" typed into the address is a default, not an error.
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var pageSize = int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var column = Parse<QueueSort>(sort) ?? QueueSort.Risk;
        return new LoadQueue.Query(
            Parse<QueueView>(view) ?? QueueView.AllOpen,
            Parse<QuestionStatus>(status) is { } s && Offered(s) ? s : null,
            Parse<RiskLevel>(risk),
            Parse<Topic>(topic),
            string.IsNullOrWhiteSpace(assignee) ? null : assignee,
            column,
            dir switch
            {
                "asc" => false,
                "desc" => true,
                _ => DescendingFirst(column),
            },
            pageNumber is > 1 and < 100_000 ? pageNumber - 1 : 0,
            PageSizes.Contains(pageSize) ? pageSize : PageSizes[0],
            search?.Trim() is { Length: > 0 } term ? term[..Math.Min(term.Length, 100)] : null);
    }

    /// <summary>The query string's parameters for <paramref name="query"/>: null removes a parameter from the address.</summary>
    public static IReadOnlyDictionary<string, object?> Write(LoadQueue.Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new Dictionary<string, object?>
        {
            ["view"] = query.View == QueueView.AllOpen ? null : Slug(query.View),
            ["status"] = query.Status is { } status ? Slug(status) : null,
            ["risk"] = query.Risk is { } risk ? Slug(risk) : null,
            ["topic"] = query.Topic is { } topic ? Slug(topic) : null,
            ["assignee"] = query.AssigneeId,
            ["sort"] = query.Sort == QueueSort.Risk ? null : Slug(query.Sort),
            ["dir"] = query.Descending == DescendingFirst(query.Sort) ? null : query.Descending ? "desc" : "asc",
            ["page"] = query.Page == 0 ? null : (query.Page + 1).ToString(CultureInfo.InvariantCulture),
            ["size"] = query.PageSize == PageSizes[0] ? null : query.PageSize.ToString(CultureInfo.InvariantCulture),
            ["q"] = query.Search,
        };
    }

    /// <summary>Risk starts most urgent first; every other column starts ascending, and a second click turns it round.</summary>
    public static bool DescendingFirst(QueueSort column) => column is QueueSort.Risk;

    /// <summary>The statuses the queue offers as filters: answered and withdrawn questions are not in it.</summary>
    public static bool Offered(QuestionStatus status) => status is not (QuestionStatus.Answered or QuestionStatus.Withdrawn);

    public static string Slug<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static T? Parse<T>(string? value) where T : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsDigit(value[0]) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
