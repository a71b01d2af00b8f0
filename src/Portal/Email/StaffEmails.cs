using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AdviceIntake.Portal.Email;

/// <summary>
/// The emails to staff: what needs them and a link to it on the staff site. A case is named by its reference only;
/// nothing a person wrote goes into a staff mailbox either.
/// </summary>
public sealed class StaffEmails(IOptions<EmailOptions> options)
{
    public async Task<ComposedEmail> ComposeAsync(PortalDbContext db, OutboxMessage message, StaffUser recipient, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var question = message.QuestionId is { } id
            ? await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            : null;
        switch (message.Kind)
        {
            case MessageKind.Escalation:
                if (question is not { IsAwaitingSupervisor: true })
                {
                    return new(null, "A supervisor took the escalation before the email went.");
                }

                var why = question.EscalationReason switch
                {
                    EscalationReason.PastTarget => "it has passed its response target without an answer",
                    EscalationReason.CrisisUnclaimed => "it is a Crisis question and nobody has taken it",
                    _ => "a member of staff used the crisis protocol",
                };
                return Compose(message, recipient, $"A case needs a supervisor: {question.Reference}", $"""
                    Case {question.Reference} ({question.EffectiveRiskLevel}) was escalated at {question.EscalatedAt:yyyy-MM-dd HH:mm} UTC because {why}.

                    Open the case and take the escalation:
                    {settings.LinkTo($"/staff/questions/{question.Id}")}
                    """);

            case MessageKind.DraftReminder:
                if (question?.Answer is not { IsEditable: true } answer || answer.AuthorId != recipient.Id || question.AssigneeId != recipient.Id
                    || question.ErasedAt is not null)
                {
                    return new(null, "The draft has moved on since the reminder was owed.");
                }

                return Compose(message, recipient, $"Your draft answer is waiting: {question.Reference}", $"""
                    Your draft answer on case {question.Reference} has not changed since {answer.UpdatedAt:d MMMM yyyy}.

                    Finish it and send it for review, or put the case back in the queue so another counselor can answer:
                    {settings.LinkTo($"/staff/questions/{question.Id}")}
                    """);

            case MessageKind.LicenceReminder:
                var counselor = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == message.AboutStaffId, cancellationToken);
                if (counselor?.Profile is not { } profile || counselor.IsDisabled)
                {
                    return new(null, "The account or its licence is no longer on record.");
                }

                return counselor.Id == recipient.Id
                    ? Compose(message, recipient, "Your licence runs out soon", $"""
                        Your licence ({UsStates.ByCode.GetValueOrDefault(profile.LicenceState, profile.LicenceState)}) runs out on {profile.LicenceExpiresOn:d MMMM yyyy}. Answer letters are signed with it.

                        When it is renewed, send the new expiry date to an admin so they can update your account.
                        """)
                    : Compose(message, recipient, $"A counselor's licence runs out soon: {profile.DisplayName}", $"""
                        The licence of {profile.Signature} ({UsStates.ByCode.GetValueOrDefault(profile.LicenceState, profile.LicenceState)}) runs out on {profile.LicenceExpiresOn:d MMMM yyyy}.

                        Update the expiry date when the renewal arrives, or stop assigning them questions after that day:
                        {settings.LinkTo($"/staff/accounts/{counselor.Id}")}
                        """);

            default:
                throw new ArgumentOutOfRangeException(nameof(message), message.Kind, "This message goes to the person who wrote in.");
        }
    }

    private ComposedEmail Compose(OutboxMessage message, StaffUser recipient, string subject, string text)
    {
        var settings = options.Value;
        var email = settings.NewMessage(message.Id, subject);
        // Checked by the caller: a staff member with no address gets nothing.
        email.To.Add(new MailboxAddress(recipient.Profile?.DisplayName, recipient.Email!));
        email.Body = new TextPart("plain") { Text = $"{text}\n{settings.FromName}\n" };
        return new(email, null);
    }
}
