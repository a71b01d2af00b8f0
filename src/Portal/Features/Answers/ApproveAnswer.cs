using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>A supervisor other than the writer signs the answer off.</summary>
public sealed class ApproveAnswer(QuestionChanges changes, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid questionId, StaffMember supervisor, CancellationToken cancellationToken = default) =>
        supervisor.IsSupervisor
            ? changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged, q => q.ApproveAnswer(supervisor.Id, clock.GetUtcNow()), cancellationToken)
            : Task.FromResult(CaseActionResult.Refused("Only a supervisor can review an answer."));
}
