using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Components.Forms;

namespace AdviceIntake.Portal.Components.Public;

/// <summary>
/// The problems a post was refused for, cascaded to the fields of a public form so each shows its own message. The
/// server is the one place that checks; the fields only display what it said.
/// </summary>
public sealed class FormProblems(IReadOnlyList<FieldError> problems)
{
    public static readonly FormProblems None = new([]);

    public IReadOnlyList<FieldError> All { get; } = problems;

    public bool Any => All.Count > 0;

    public string? For(string field) => All.FirstOrDefault(p => p.Field == field)?.Message;

    /// <summary>The ids a field's input is described by: its hint, its count, and its message when it has one.</summary>
    public string? DescribedBy(string field, bool hasHint, bool hasCount = false)
    {
        var id = FieldIds.For(field);
        var ids = new[] { hasHint ? $"{id}-hint" : null, hasCount ? $"{id}-count" : null, For(field) is null ? null : $"{id}-error" };
        var joined = string.Join(' ', ids.Where(i => i is not null));
        return joined.Length == 0 ? null : joined;
    }
}
