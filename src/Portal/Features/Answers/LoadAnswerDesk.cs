using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>
/// Everything the answer panel shows for one case and one staff member: the answer as written, where it stands, the
/// chosen services and the directory to choose from (suggestions first), and what this person may do next.
/// </summary>
public sealed class LoadAnswerDesk(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, TimeProvider clock)
{
    public sealed record Desk(
        AnswerState? State,
        string Body,
        string SheetNote,
        string? AuthorName,
        string? ReviewerName,
        DateTimeOffset? UpdatedAt,
        DateTimeOffset? ReviewedAt,
        DateTimeOffset? ReleasedAt,
        string? ReturnComment,
        IReadOnlyList<Chosen> Referrals,
        IReadOnlyList<Choice> Directory,
        bool CanStart,
        bool CanWrite,
        bool CanReview,
        bool CanRelease,
        string? EmailNote = null,
        bool CanEmailLetter = false);

    public sealed record Chosen(Guid Id, string Name, string Category, bool IsCrisisLine, bool Automatic, bool Stale, bool Retired);

    public sealed record Choice(Guid Id, string Name, string Categories, string Area, bool Suggested, bool Stale);

    public async Task<Desk?> HandleAsync(Guid questionId, StaffMember viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        if (question is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var answer = question.Answer;
        var mine = question.Status == QuestionStatus.Claimed && question.AssigneeId == viewer.Id;
        if (answer is null)
        {
            return new Desk(null, string.Empty, string.Empty, null, null, null, null, null, null, [], [],
                CanStart: mine, CanWrite: false, CanReview: false, CanRelease: false);
        }

        var directory = await db.ReferralResources.AsNoTracking().ToListAsync(cancellationToken);
        var byId = directory.ToDictionary(r => r.Id);
        var chosen = answer.Referrals.Where(r => !r.Removed && byId.ContainsKey(r.ResourceId))
            .Select(r => (Referral: r, Resource: byId[r.ResourceId]))
            .OrderBy(c => c.Resource.Kind).ThenBy(c => c.Resource.Name, StringComparer.Ordinal)
            .Select(c => new Chosen(c.Resource.Id, c.Resource.Name, c.Resource.Concerns.Primary().Describe(), c.Resource.IsCrisisLine,
                c.Referral.Automatic, c.Resource.IsStaleOn(today), c.Resource.IsRetired))
            .ToList();
        var dangers = question.RiskReasons.Aggregate(Concerns.None, (all, r) => all | r.Concern);
        var onSheet = answer.ChosenResourceIds.ToHashSet();
        var choices = directory.Where(r => !r.IsRetired && !onSheet.Contains(r.Id) && r.Kind != ResourceKind.Emergency)
            .Select(r => new Choice(r.Id, r.Name, string.Join(", ", r.Concerns.Each().Select(c => c.Describe())), r.Area.Display,
                ReferralSuggestions.IsSuggested(r, question.Topic, dangers, question.State), r.IsStaleOn(today)))
            .OrderByDescending(c => c.Suggested).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        string? returnComment = null;
        if (answer.State == AnswerState.Returned)
        {
            var returned = await CaseHistory.LatestAsync(db, questionId, CaseEventKind.AnswerReturned, cancellationToken);
            returnComment = returned?.SealedNote is { } comment ? protector.OpenNote(comment) : null;
        }

        var names = await StaffNames.LoadAsync(db, [answer.AuthorId, answer.ReviewerId], cancellationToken);
        var emails = await db.OutboxMessages.AsNoTracking().Where(m => m.QuestionId == questionId && m.StaffRecipientId == null).ToListAsync(cancellationToken);
        return new Desk(
            answer.State,
            protector.OpenAnswer(answer.SealedBody),
            protector.OpenSheetNote(answer.SealedSheetNote),
            names.Of(answer.AuthorId),
            names.Of(answer.ReviewerId),
            answer.UpdatedAt,
            answer.ReviewedAt,
            answer.ReleasedAt,
            returnComment,
            chosen,
            choices,
            CanStart: false,
            CanWrite: mine && answer.IsEditable,
            CanReview: viewer.IsSupervisor && answer.State == AnswerState.InReview && answer.AuthorId != viewer.Id,
            CanRelease: answer.State == AnswerState.Approved && (viewer.IsSupervisor || answer.AuthorId == viewer.Id),
            EmailNote: EmailNote(question, emails.OrderByDescending(m => m.CreatedAt).FirstOrDefault()),
            CanEmailLetter: answer.State == AnswerState.Released && question.WantsLetterByEmail && (viewer.IsSupervisor || answer.AuthorId == viewer.Id)
                // Not while the letter is still on its way: "again" would send it twice.
                && !emails.Any(m => m.Kind == MessageKind.AnswerLetter && m.State is OutboxState.Pending or OutboxState.Sending));
    }

    /// <summary>Where the email the person is owed stands, in words for staff.</summary>
    private static string? EmailNote(Question question, OutboxMessage? last) => last switch
    {
        null when question.Answer?.State == AnswerState.Released => question.HasEmail ? null : "The person left no email address: they read the answer on the status page.",
        null => null,
        { SentAt: { } sent } => $"{(last.Kind == MessageKind.AnswerLetter ? "The letter was emailed" : "The person was emailed that the answer is ready")} on {StaffTime.Of(sent)}.",
        { State: OutboxState.Failed } => $"The email could not be sent after {last.Attempts} attempts ({last.LastFailure}). The answer is on the status page; an admin can try again from Background work.",
        { Attempts: > 0 } => $"The email has not gone through yet ({last.LastFailure}); it is tried again every minute.",
        _ => "The email is waiting to be sent.",
    };
}
