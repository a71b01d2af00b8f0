using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Documents;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Hangfire;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>
/// Releases an approved answer: the question is answered, the letter and the sheet are rendered once and kept sealed,
/// all in one transaction with the email the person is owed. The status page and every email then use those same files.
/// </summary>
public sealed class ReleaseAnswer(
    IDbContextFactory<PortalDbContext> contexts,
    ComposeLetters compose,
    LetterDocuments documents,
    QuestionProtector protector,
    IQueueFeed feed,
    IBackgroundJobClient jobs,
    IOptions<FollowUpsOptions> followUps,
    TimeProvider clock)
{
    public async Task<CaseActionResult> HandleAsync(Guid questionId, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        OutboxMessage? email = null;
        var checkIns = new List<DateTimeOffset>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
            if (question is null || question.ErasedAt is not null)
            {
                return CaseActionResult.Refused("This question no longer exists.");
            }

            if (!staff.IsSupervisor && question.Answer?.AuthorId != staff.Id)
            {
                return CaseActionResult.Refused("Only a supervisor or the counselor who wrote the answer can release it.");
            }

            try
            {
                question.ReleaseAnswer(staff.Id, now);
            }
            catch (LifecycleException e)
            {
                return CaseActionResult.Refused(e.Message);
            }

            var composed = (await compose.ComposeAsync(db, question, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken))!;
            db.ReleasedDocuments.Add(ReleasedDocument.Keep(questionId, DocumentKind.Letter, protector.SealDocument(documents.Render(composed.Letter)), now));
            db.ReleasedDocuments.Add(ReleasedDocument.Keep(questionId, DocumentKind.ReferralSheet, protector.SealDocument(documents.Render(composed.Sheet)), now));
            // The follow-ups are planned with the release, so none is forgotten (see FollowUpPlan).
            foreach (var (kind, dueAt) in FollowUpPlan.For(question.EffectiveRiskLevel, question.ConsentsToFollowUp, question.HasEmail, now, followUps.Value.Policy))
            {
                db.FollowUps.Add(FollowUp.Plan(questionId, kind, dueAt, now));
                if (kind == FollowUpKind.CheckInEmail)
                {
                    checkIns.Add(dueAt);
                }
            }

            if (question.HasEmail)
            {
                // Owed in the same transaction as the release: a crash after it still leaves the email to be sent.
                email = OutboxMessage.Queue(questionId, question.WantsLetterByEmail ? MessageKind.AnswerLetter : MessageKind.AnswerReady, now);
                db.OutboxMessages.Add(email);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A changed version, or another click that released it first and kept its files.
                return CaseActionResult.Refused(QuestionChanges.ChangedMeanwhile);
            }
        }

        foreach (var dueAt in checkIns)
        {
            DispatchDueFollowUps.ScheduleAt(jobs, dueAt);
        }

        if (email is not null)
        {
            // Sent at once; if this enqueue is lost, the minute sweep (DeliverPendingEmails) finds the row.
            jobs.Enqueue<DeliverEmail>(job => job.HandleAsync(email.Id, CancellationToken.None));
        }

        await feed.PublishAsync(new QueueChange(QueueChangeKind.StatusChanged, questionId), cancellationToken);
        return CaseActionResult.Done;
    }
}
