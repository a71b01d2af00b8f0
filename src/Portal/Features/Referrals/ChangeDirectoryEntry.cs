using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Referrals;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Referrals;

/// <summary>Supervisors and admins add and edit entries, mark them checked today, retire and reinstate them. Each change is audited.</summary>
public sealed class ChangeDirectoryEntry(IDbContextFactory<PortalDbContext> contexts, AuditTrail audit, TimeProvider clock)
{
    public enum Move
    {
        Verify,
        Retire,
        Reinstate,
    }

    public async Task<ReferralResource?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReferralResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Adds an entry (no id) or changes one; the errors are by field, and nothing is saved when there are any.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(Guid? id, ReferralDetails details, StaffMember caller, CancellationToken cancellationToken = default)
    {
        if (!caller.IsSupervisor)
        {
            return [new FieldError(string.Empty, "Only a supervisor or an admin can change the directory.")];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        ReferralResource entry;
        try
        {
            if (id is { } existing)
            {
                entry = await db.ReferralResources.FindAsync([existing], cancellationToken)
                    ?? throw new DomainValidationException([new FieldError(string.Empty, "This entry has been deleted.")]);
                entry.Update(details, today);
            }
            else
            {
                entry = ReferralResource.Create(details, today);
                if (await db.ReferralResources.AnyAsync(r => r.Slug == entry.Slug, cancellationToken))
                {
                    return [new FieldError(nameof(ReferralDetails.Name), $"The directory already has an entry called \"{entry.Slug}\". Open it, or give this one another name.")];
                }

                db.ReferralResources.Add(entry);
            }
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }

        await audit.SaveWithAsync(db, AuditAction.DirectoryChanged, caller.Id, entry.Id.ToString(), id is null ? $"Added {entry.Name}" : $"Edited {entry.Name}", cancellationToken);
        return [];
    }

    public async Task<bool> MoveAsync(Guid id, Move move, StaffMember caller, CancellationToken cancellationToken = default)
    {
        if (!caller.IsSupervisor)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ReferralResources.FindAsync([id], cancellationToken) is not { } entry)
        {
            return false;
        }

        switch (move)
        {
            case Move.Verify:
                entry.Verify(today);
                break;
            case Move.Retire:
                entry.Retire(today);
                break;
            default:
                entry.Reinstate();
                break;
        }

        await audit.SaveWithAsync(db, AuditAction.DirectoryChanged, caller.Id, entry.Id.ToString(), $"{move} {entry.Name}", cancellationToken);
        return true;
    }
}
