using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>A staff-only note on a case. Notes never reach a letter; they are sealed like the question they discuss.</summary>
public sealed class AddCaseNote(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, IQueueFeed feed, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(Guid questionId, string? text, StaffMember author, CancellationToken cancellationToken = default)
    {
        string note;
        try
        {
            note = CaseEvent.CheckNote(text);
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Questions.AnyAsync(q => q.Id == questionId && q.ErasedAt == null, cancellationToken))
            {
                return [new FieldError("Note", "This question no longer exists.")];
            }

            db.CaseEvents.Add(CaseEvent.Note(questionId, author.Id, protector.SealNote(note), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        await feed.PublishAsync(new QueueChange(QueueChangeKind.NoteAdded, questionId), cancellationToken);
        return [];
    }
}
