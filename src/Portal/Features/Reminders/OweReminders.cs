using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Reminders;

/// <summary>
/// Every hour: a draft answer idle for two days reminds its author while they still hold the case, and a licence running out within thirty days reminds
/// its counselor and the admins. Each reminder is keyed by what it is about (the draft's revision, the licence's expiry
/// date), so it is owed once however often this runs, and a draft that stalls again after an edit reminds again.
/// </summary>
public sealed class OweReminders(IDbContextFactory<PortalDbContext> contexts, OweStaffEmails owe, IOptions<RemindersOptions> options, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var idleSince = now - settings.DraftIdleFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var drafts = await db.Questions.AsNoTracking()
            .Where(q => q.ErasedAt == null && q.Status == QuestionStatus.Claimed && q.Answer != null && q.AssigneeId == q.Answer.AuthorId
                && (q.Answer.State == AnswerState.Draft || q.Answer.State == AnswerState.Returned) && q.Answer.UpdatedAt <= idleSince)
            .Select(q => new { q.Id, q.Answer!.AuthorId, q.Answer.Revision })
            .ToListAsync(cancellationToken);

        var lastDay = DateOnly.FromDateTime(now.UtcDateTime).AddDays(settings.LicenceWarningDays);
        var licences = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Profile != null && u.Profile.LicenceExpiresOn <= lastDay)
            .Select(u => new { u.Id, u.Profile!.LicenceExpiresOn })
            .ToListAsync(cancellationToken);
        var admins = licences.Count == 0 ? [] : await (from u in db.Users
                                                       join ur in db.UserRoles on u.Id equals ur.UserId
                                                       join r in db.Roles on ur.RoleId equals r.Id
                                                       where !u.IsDisabled && r.Name == StaffRoles.Admin
                                                       select u.Id).ToListAsync(cancellationToken);

        List<OutboxMessage> reminders =
        [
            .. drafts.Select(d => OutboxMessage.QueueForStaff(d.AuthorId, MessageKind.DraftReminder, d.Id, $"draft:{d.Id:N}:{d.Revision:N}", now)),
            .. from licence in licences
               from recipient in admins.Append(licence.Id).Distinct()
               select OutboxMessage.QueueForStaff(recipient, MessageKind.LicenceReminder, questionId: null,
                   $"licence:{licence.Id}:{licence.LicenceExpiresOn:yyyyMMdd}:{recipient}", now, aboutStaffId: licence.Id),
        ];
        return await owe.HandleAsync(db, reminders, cancellationToken);
    }
}
