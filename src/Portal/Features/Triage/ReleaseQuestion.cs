using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>The counselor on a question puts it back in the queue for someone else.</summary>
public sealed class ReleaseQuestion(QuestionChanges changes, TimeProvider clock)
{
    public Task<CaseActionResult> HandleAsync(Guid questionId, StaffMember counselor, CancellationToken cancellationToken = default) =>
        changes.ApplyAsync(questionId, QueueChangeKind.Released, q => q.Release(counselor.Id, clock.GetUtcNow()), cancellationToken);
}
