using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// The one way a case's state changes: load the question, let it decide, save against the version it was loaded
/// with, then tell every dashboard that shows it. A refusal or a lost race leaves the database as it was.
/// </summary>
public sealed class QuestionChanges(IDbContextFactory<PortalDbContext> contexts, IQueueFeed feed)
{
    public const string ChangedMeanwhile = "Someone changed this question a moment ago. Look at it again and try once more.";

    public Task<CaseActionResult> ApplyAsync(Guid questionId, QueueChangeKind? kind, Action<Question> change, CancellationToken cancellationToken = default) =>
        ApplyAsync(questionId, kind, (question, _) => change(question), cancellationToken);

    /// <summary>The same, for a change that also adds rows of its own (an email owed) in the same transaction.</summary>
    public async Task<CaseActionResult> ApplyAsync(Guid questionId, QueueChangeKind? kind, Action<Question, PortalDbContext> change, CancellationToken cancellationToken = default)
    {
        Question? question;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
            if (question is null || question.ErasedAt is not null)
            {
                return CaseActionResult.Refused("This question no longer exists.");
            }

            try
            {
                change(question, db);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (LifecycleException e)
            {
                return CaseActionResult.Refused(e.Message);
            }
            catch (DomainValidationException e)
            {
                return new CaseActionResult(e.Errors);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CaseActionResult.Refused(ChangedMeanwhile);
            }
        }

        // No message for a change nobody else sees, such as a saved draft.
        if (kind is { } changed)
        {
            await feed.PublishAsync(new QueueChange(changed, questionId, question.EffectiveRiskLevel), cancellationToken);
        }

        return CaseActionResult.Done;
    }
}
