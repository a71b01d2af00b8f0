using AdviceIntake.Domain.Referrals;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>The counselor on a question starts its answer; the crisis lines its risk calls for come with it.</summary>
public sealed class StartAnswer(IDbContextFactory<PortalDbContext> contexts, QuestionChanges changes, TimeProvider clock)
{
    public async Task<CaseActionResult> HandleAsync(Guid questionId, StaffMember counselor, CancellationToken cancellationToken = default)
    {
        List<ReferralResource> directory;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            directory = await db.ReferralResources.AsNoTracking()
                .Where(r => r.RetiredOn == null && (r.Kind == ResourceKind.Emergency || r.Kind == ResourceKind.CrisisLine))
                .ToListAsync(cancellationToken);
        }

        return await changes.ApplyAsync(questionId, QueueChangeKind.StatusChanged, q =>
        {
            var risk = new RiskAssessment(q.EffectiveRiskLevel, q.RiskReasons);
            q.StartAnswer(counselor.Id, clock.GetUtcNow(), CrisisLineChoice.For(risk, directory).Select(r => r.Id));
        }, cancellationToken);
    }
}
