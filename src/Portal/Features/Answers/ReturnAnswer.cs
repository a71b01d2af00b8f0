using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>A supervisor sends the answer back to its counselor with what to change.</summary>
public sealed class ReturnAnswer(QuestionChanges changes, QuestionProtector protector, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid questionId, string? comment, StaffMember supervisor, CancellationToken cancellationToken = default)
    {
        if (!supervisor.IsSupervisor)
        {
            return Task.FromResult(CaseActionResult.Refused("Only a supervisor can review an answer."));
        }

        string text;
        try
        {
            text = AnswerRules.CheckComment(comment);
        }
        catch (DomainValidationException e)
        {
            return Task.FromResult(new CaseActionResult(e.Errors));
        }

        return changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged,
            q => q.ReturnAnswer(protector.SealNote(text), supervisor.Id, clock.GetUtcNow()), cancellationToken);
    }
}
