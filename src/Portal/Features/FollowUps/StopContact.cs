using AdviceIntake.Domain.FollowUps;
using AdviceIntake.Domain.Messages;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Email;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.FollowUps;

/// <summary>
/// The person stops all contact from a link in an email: every planned check-in is cancelled and every email not yet
/// sent is dropped, in one save. The link works however often it is opened; the first use does it.
/// </summary>
public sealed class StopContact(IDbContextFactory<PortalDbContext> contexts, StopContactLinks links, TimeProvider clock)
{
    public enum Outcome
    {
        Stopped,
        AlreadyStopped,
        NotValid,
    }

    /// <summary>Whether a link is one we made and still honour, without acting on it (the page asks first).</summary>
    public bool IsValid(string? token) => links.Open(token) is not null;

    public async Task<Outcome> HandleAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.Open(token) is not { } questionId)
        {
            return Outcome.NotValid;
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        if (question is null)
        {
            // Erased already: there is nobody left to contact.
            return Outcome.AlreadyStopped;
        }

        if (question.ContactStopped)
        {
            return Outcome.AlreadyStopped;
        }

        question.StopContact(now);
        foreach (var followUp in await db.FollowUps.Where(f => f.QuestionId == questionId && f.State == FollowUpState.Planned && f.Kind == FollowUpKind.CheckInEmail).ToListAsync(cancellationToken))
        {
            followUp.Cancel(staffId: null);
        }

        foreach (var message in await db.OutboxMessages.Where(m => m.QuestionId == questionId && m.StaffRecipientId == null && m.SentAt == null).ToListAsync(cancellationToken))
        {
            message.Cancel("The person asked us to stop all contact.");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The case changed a moment ago (a note, a claim): the person's wish still stands, so try once more.
            return await HandleAsync(token, cancellationToken);
        }

        return Outcome.Stopped;
    }
}
