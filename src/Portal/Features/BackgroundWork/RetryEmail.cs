using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.BackgroundWork;

/// <summary>An admin tries a failed email again, such as after the mail server's settings were put right.</summary>
public sealed class RetryEmail(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs)
{
    public async Task<CaseActionResult> HandleAsync(Guid messageId, StaffMember admin, CancellationToken cancellationToken = default)
    {
        if (!admin.IsAdmin)
        {
            return CaseActionResult.Refused("Only an admin can try an email again.");
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
            if (message is null)
            {
                return CaseActionResult.Refused("This email no longer exists: its case was erased.");
            }

            try
            {
                message.Retry();
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (LifecycleException e)
            {
                return CaseActionResult.Refused(e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CaseActionResult.Refused("Someone tried this email again a moment ago.");
            }
        }

        jobs.Enqueue<DeliverEmail>(job => job.HandleAsync(messageId, CancellationToken.None));
        return CaseActionResult.Done;
    }
}
