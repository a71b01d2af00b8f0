namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// The cases whose opening this circuit has already written to the audit trail. It is scoped to the circuit and lives
/// on the server, so whether a view still needs recording is never the page's word: a page that reloads a case after a
/// change reads it without a second entry, and any other case it is pointed at is recorded first.
/// </summary>
public sealed class RecordedViews
{
    private readonly Lock gate = new();
    private readonly HashSet<(string StaffId, Guid QuestionId)> recorded = [];

    internal bool Has(string staffId, Guid questionId)
    {
        lock (gate)
        {
            return recorded.Contains((staffId, questionId));
        }
    }

    internal void Add(string staffId, Guid questionId)
    {
        lock (gate)
        {
            recorded.Add((staffId, questionId));
        }
    }
}
