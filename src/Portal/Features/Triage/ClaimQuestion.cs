using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>A counselor takes a particular question from the queue.</summary>
public sealed class ClaimQuestion(QuestionChanges changes, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid questionId, StaffMember counselor, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(questionId, QueueChangeKind.Claimed, q => q.Claim(counselor.Id, clock.GetUtcNow()), cancellationToken);
}
