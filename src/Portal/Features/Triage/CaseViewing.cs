namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// One case page's reading of a case, held on the server for as long as the page lives. <see cref="OpenCase"/> writes
/// the audit entry whenever the page opens a case it is not already showing: a page that reloads its case after a
/// change adds no entry, while a new page, or the same page pointed at another case (or back again), always does.
/// </summary>
public sealed class CaseViewing
{
    private readonly Lock gate = new();
    private Guid? recorded;

    /// <summary>
    /// Claims the entry before it is written, so two loads of the same case that overlap (the page's own and one
    /// after a change on the feed) write it once.
    /// </summary>
    internal bool TryReserve(Guid questionId)
    {
        lock (gate)
        {
            if (recorded == questionId)
            {
                return false;
            }

            recorded = questionId;
            return true;
        }
    }

    /// <summary>Gives the claim back when the entry could not be written, so the next load tries again.</summary>
    internal void Release(Guid questionId)
    {
        lock (gate)
        {
            if (recorded == questionId)
            {
                recorded = null;
            }
        }
    }
}
