using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// Staff set the risk level the queue works by, with a written reason; the assessed level stays. A supervisor may set any
/// level; anyone else may only raise it.
/// </summary>
public sealed class OverrideQuestionRisk(QuestionChanges changes, QuestionProtector protector, IOptions<ResponseTargetOptions> options, TimeProvider clock)
{
    public async Task<CaseActionResult> HandleAsync(Guid questionId, RiskLevel? level, string? reason, StaffMember staff, CancellationToken cancellationToken = default)
    {
        if (level is not { } newLevel || !Enum.IsDefined(newLevel))
        {
            // Both problems at once, as the form shows every problem together.
            List<FieldError> errors = [new("Level", "Choose the risk level the question should have.")];
            if (RiskOverride.ProblemWithReason(reason) is { } problem)
            {
                errors.Add(new("Reason", problem));
            }

            return new CaseActionResult(errors);
        }

        return await changes.ApplyAsync(questionId, QueueChangeKind.RiskChanged,
            q =>
            {
                if (staff.IsSupervisor)
                {
                    q.OverrideRisk(newLevel, reason, protector.SealNote, staff.Id, clock.GetUtcNow(), options.Value.Targets);
                }
                else
                {
                    q.RaiseRisk(newLevel, reason, protector.SealNote, staff.Id, clock.GetUtcNow(), options.Value.Targets);
                }
            }, cancellationToken);
    }
}
