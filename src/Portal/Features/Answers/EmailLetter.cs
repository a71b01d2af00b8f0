using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>
/// Staff send the released letter to the person again, such as when it went missing. Only where the person asked for
/// the letter by email at an address they said is safe: a letter in a shared mailbox can put someone at risk. A second
/// click while the first is on its way sends nothing more.
/// </summary>
public sealed class EmailLetter(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    // A click this soon after the last one is the same request made twice.
    private static readonly TimeSpan SameRequest = TimeSpan.FromMinutes(2);

    public async Task<CaseActionResult> HandleAsync(Guid questionId, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        OutboxMessage message;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
            if (question?.Answer is not { State: AnswerState.Released })
            {
                return CaseActionResult.Refused("Only a released answer's letter can be emailed.");
            }

            if (!staff.IsSupervisor && question.Answer.AuthorId != staff.Id)
            {
                return CaseActionResult.Refused("Only a supervisor or the counselor who wrote the answer can email the letter.");
            }

            if (question.ContactStopped)
            {
                return CaseActionResult.Refused("The person asked us to stop all contact; nothing more is sent to them.");
            }

            if (!question.WantsLetterByEmail)
            {
                return CaseActionResult.Refused("The person did not ask for the letter by email; they download it from the status page.");
            }

            var earlier = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.QuestionId == questionId && m.Kind == MessageKind.AnswerLetter)
                .ToListAsync(cancellationToken);
            if (earlier.Any(m => m.SentAt is null && m.IsDue(now) || m.ClaimedUntil > now || m.CreatedAt > now - SameRequest))
            {
                return CaseActionResult.Refused("The letter is already on its way to the person.");
            }

            message = OutboxMessage.Queue(questionId, MessageKind.AnswerLetter, now);
            db.OutboxMessages.Add(message);
            db.CaseEvents.Add(CaseEvent.LetterEmailed(questionId, staff.Id, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        jobs.Enqueue<DeliverEmail>(job => job.HandleAsync(message.Id, CancellationToken.None));
        return CaseActionResult.Done;
    }
}
