using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// An owed email as it should go at the moment of sending, from what is true then: a person who stopped contact, or an
/// escalation taken meanwhile, is sent nothing.
/// </summary>
public sealed class ComposeOwedEmail(QuestionProtector protector, PersonEmails personEmails, StaffEmails staffEmails, StopContactLinks stopLinks)
{
    public Task<ComposedEmail> ComposeAsync(PortalDbContext db, OutboxMessage message, CancellationToken cancellationToken) =>
        message.ToStaff ? ForStaffAsync(db, message, cancellationToken) : ForPersonAsync(db, message, cancellationToken);

    private async Task<ComposedEmail> ForPersonAsync(PortalDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == message.QuestionId, cancellationToken);
        if (question is null || protector.OpenEmail(question.Sealed) is not { } address)
        {
            return new(null, "The person's address is no longer kept.");
        }

        if (question.ContactStopped)
        {
            return new(null, "The person asked us to stop all contact.");
        }

        byte[]? letter = null;
        if (message.Kind == MessageKind.AnswerLetter)
        {
            var kept = await db.ReleasedDocuments.AsNoTracking()
                .SingleAsync(d => d.QuestionId == question.Id && d.Kind == DocumentKind.Letter, cancellationToken);
            letter = protector.OpenDocument(kept.SealedPdf);
        }

        var stop = message.Kind == MessageKind.FollowUpCheckIn ? stopLinks.For(question.Id) : null;
        return new(personEmails.Compose(message, address, letter, stop), null);
    }

    private async Task<ComposedEmail> ForStaffAsync(PortalDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var recipient = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == message.StaffRecipientId, cancellationToken);
        return recipient is null || recipient.IsDisabled || string.IsNullOrEmpty(recipient.Email)
            ? new(null, "The staff account is disabled or gone.")
            : await staffEmails.ComposeAsync(db, message, recipient, cancellationToken);
    }
}
