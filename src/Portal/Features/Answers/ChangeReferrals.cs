using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>
/// The counselor adds a directory entry to the referral sheet or takes one off; a crisis line the risk called for comes
/// off only with a written reason, kept sealed in the history.
/// </summary>
public sealed class ChangeReferrals(IDbContextFactory<PortalDbContext> contexts, QuestionChanges changes, QuestionProtector protector, TimeProvider clock)
{
    /// <summary>Adds an entry; one not checked for a year only once the counselor has seen that (<paramref name="staleSeen"/>).</summary>
    public async Task<CaseActionResult> AttachAsync(Guid questionId, Guid resourceId, StaffMember counselor, bool staleSeen, CancellationToken cancellationToken = default)
    {
        ReferralResource? resource;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            resource = await db.ReferralResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == resourceId && r.RetiredOn == null, cancellationToken);
        }

        if (resource is null)
        {
            return CaseActionResult.Refused("That service is no longer in the directory.");
        }

        if (resource.IsStaleOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) && !staleSeen)
        {
            return CaseActionResult.Refused(
                $"{resource.Name} was last checked on {resource.LastVerifiedOn:d MMMM yyyy}, over a year ago. Check it in the directory, or add it anyway.");
        }

        var name = resource.Name;

        return await changes.ApplyAsync(questionId, kind: null, q => q.AttachReferral(resourceId, name, counselor.Id, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<CaseActionResult> RemoveAsync(Guid questionId, Guid resourceId, string? reason, StaffMember counselor, CancellationToken cancellationToken = default)
    {
        var name = await NameOfAsync(resourceId, cancellationToken) ?? "A former directory entry";
        return await changes.ApplyAsync(questionId, kind: null, q =>
        {
            var automatic = q.Answer?.Referrals.Any(r => r.ResourceId == resourceId && r.Automatic) == true;
            var sealedReason = automatic ? protector.SealNote(AnswerRules.CheckRemovalReason(reason)) : null;
            q.RemoveReferral(resourceId, name, sealedReason, counselor.Id, clock.GetUtcNow());
        }, cancellationToken);
    }

    private async Task<string?> NameOfAsync(Guid resourceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReferralResources.AsNoTracking().Where(r => r.Id == resourceId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
    }
}
