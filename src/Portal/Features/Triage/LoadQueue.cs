using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// One page of the queue with the counts of every view, in at most three queries: the counts, the number of matching
/// questions (only when filters narrow a view, else its count is the total), and the page itself with each assignee's
/// name. Titles and pen names are opened only for the rows on the page (docs/decisions/0015).
/// </summary>
public sealed class LoadQueue(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, TimeProvider clock)
{
    public sealed record Query(
        QueueView View = QueueView.AllOpen,
        QuestionStatus? Status = null,
        RiskLevel? Risk = null,
        Topic? Topic = null,
        string? AssigneeId = null,
        QueueSort Sort = QueueSort.Risk,
        bool Descending = true,
        int Page = 0,
        int PageSize = 25,
        string? Search = null)
    {
        /// <summary>How many filters and searches narrow the view.</summary>
        public int Narrowing => new object?[] { Status, Risk, Topic }.Count(v => v is not null)
            + (string.IsNullOrEmpty(AssigneeId) ? 0 : 1) + (string.IsNullOrWhiteSpace(Search) ? 0 : 1);

        public bool Narrowed => Narrowing > 0;
    }

    public sealed record Row(
        Guid Id,
        ReferenceCode Reference,
        string Title,
        string PenName,
        RiskLevel Risk,
        bool RiskOverridden,
        IReadOnlyList<RiskReason> Reasons,
        Topic Topic,
        DateTimeOffset SubmittedAt,
        DateTimeOffset DueAt,
        QuestionStatus Status,
        string? AssigneeId,
        string? AssigneeName);

    public sealed record Counts(int Unassigned, int Mine, int Overdue, int Urgent, int AllOpen)
    {
        public static readonly Counts None = new(0, 0, 0, 0, 0);

        public int For(QueueView view) => view switch
        {
            QueueView.Unassigned => Unassigned,
            QueueView.Mine => Mine,
            QueueView.Overdue => Overdue,
            QueueView.Urgent => Urgent,
            _ => AllOpen,
        };
    }

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, Counts Counts, DateTimeOffset At);

    public const int MaxPageSize = 100;

    /// <summary>A search stops at this many matches: enough for any real search, bounded for a one-letter one.</summary>
    public const int MaxPenNameMatches = 500;

    public async Task<Result> HandleAsync(Query query, string viewerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.Questions.AsNoTracking().Open();

        var counts = await open
            .GroupBy(_ => 1)
            .Select(g => new Counts(
                g.Count(q => q.Status == QuestionStatus.Received && q.AssigneeId == null),
                g.Count(q => q.AssigneeId == viewerId),
                g.Count(q => q.DueAt < now),
                g.Count(q => q.EffectiveRiskLevel >= RiskLevel.High),
                g.Count()))
            .SingleOrDefaultAsync(cancellationToken) ?? Counts.None;

        var matching = await SearchAsync(Filter(open, query, viewerId, now), query.Search, cancellationToken);
        var total = query.Narrowed ? await matching.CountAsync(cancellationToken) : counts.For(query.View);

        var users = db.Users;
        var sorted = query.Sort switch
        {
            // Most urgent first is the triage order itself, read off its index.
            QueueSort.Risk when query.Descending => matching.InTriageOrder(),
            QueueSort.Risk => matching.SortBy(q => q.EffectiveRiskLevel, descending: false),
            QueueSort.Topic => matching.SortBy(q => q.Topic, query.Descending),
            QueueSort.Waiting => matching.SortBy(q => q.SubmittedAt, !query.Descending),
            QueueSort.TimeLeft => matching.SortBy(q => q.DueAt, query.Descending),
            QueueSort.Status => matching.SortBy(q => q.Status, query.Descending),
            // Unassigned questions come after named ones in either direction, on both databases (which place NULL
            // differently).
            QueueSort.Assignee => matching.OrderBy(q => q.AssigneeId == null).SortBy(
                q => users.Where(u => u.Id == q.AssigneeId).Select(u => u.Profile!.DisplayName ?? u.Email).FirstOrDefault(), query.Descending),
            _ => matching.InTriageOrder(),
        };

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await sorted
            .Skip(Math.Max(query.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(q => new Row(
                q.Id,
                q.Reference,
                q.Sealed.Title,
                q.Sealed.PenName,
                q.EffectiveRiskLevel,
                q.RiskOverride != null,
                q.RiskReasons,
                q.Topic,
                q.SubmittedAt,
                q.DueAt,
                q.Status,
                q.AssigneeId,
                users.Where(u => u.Id == q.AssigneeId).Select(u => u.Profile!.DisplayName ?? u.Email).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new Result([.. rows.Select(Opened)], total, counts, now);
    }

    private Row Opened(Row row) => row with { Title = protector.OpenTitle(row.Title), PenName = protector.OpenPenName(row.PenName) };

    /// <summary>
    /// A reference or part of one (with or without its dashes), or part of a pen name, among the questions the view and
    /// filters already hold. Pen names are sealed, so those are opened here to compare; that is one small decryption per
    /// open question, on a search only (docs/decisions/0015).
    /// </summary>
    private async Task<IQueryable<Question>> SearchAsync(IQueryable<Question> matching, string? search, CancellationToken cancellationToken)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return matching;
        }

        // Part of a reference, as read out over the phone ("gef5", "GEF5-PCHK"), matches without its dashes.
        var referencePart = term.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var searchReferences = referencePart.Length >= 3 && referencePart.All(c => ReferenceCode.Alphabet.Contains(c, StringComparison.Ordinal));
        var candidates = await matching.Select(q => new { q.Id, q.Reference, q.Sealed.PenName }).ToListAsync(cancellationToken);
        var found = candidates
            .Where(q => (searchReferences && q.Reference.Value.Contains(referencePart, StringComparison.Ordinal))
                || protector.OpenPenName(q.PenName).Contains(term, StringComparison.CurrentCultureIgnoreCase))
            .Take(MaxPenNameMatches)
            .Select(q => q.Id)
            .ToList();
        return matching.Where(q => found.Contains(q.Id));
    }

    private static IQueryable<Question> Filter(IQueryable<Question> open, Query query, string viewerId, DateTimeOffset now)
    {
        var matching = query.View switch
        {
            QueueView.Unassigned => open.Where(q => q.Status == QuestionStatus.Received && q.AssigneeId == null),
            QueueView.Mine => open.Where(q => q.AssigneeId == viewerId),
            QueueView.Overdue => open.Where(q => q.DueAt < now),
            QueueView.Urgent => open.Where(q => q.EffectiveRiskLevel >= RiskLevel.High),
            _ => open,
        };

        if (query.Status is { } status)
        {
            matching = matching.Where(q => q.Status == status);
        }

        if (query.Risk is { } risk)
        {
            matching = matching.Where(q => q.EffectiveRiskLevel == risk);
        }

        if (query.Topic is { } topic)
        {
            matching = matching.Where(q => q.Topic == topic);
        }

        if (!string.IsNullOrEmpty(query.AssigneeId))
        {
            var assigneeId = query.AssigneeId;
            matching = matching.Where(q => q.AssigneeId == assigneeId);
        }

        return matching;
    }
}
