using AdviceIntake.Domain.Audit;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Documents;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>
/// A staff member opens the letter or the sheet of a case: once released, the files the person received; before that,
/// a preview of the answer as it stands. Each opening is in the audit trail.
/// </summary>
public sealed class OpenDocument(
    IDbContextFactory<PortalDbContext> contexts, ComposeLetters compose, LetterDocuments documents, QuestionProtector protector, AuditTrail audit, TimeProvider clock)
{
    public sealed record File(byte[] Pdf, string FileName);

    public async Task<File?> HandleAsync(Guid questionId, DocumentKind kind, StaffMember staff, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var released = await db.ReleasedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.QuestionId == questionId && d.Kind == kind, cancellationToken);
        byte[] pdf;
        if (released is not null)
        {
            pdf = protector.OpenDocument(released.SealedPdf);
        }
        else
        {
            var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
            if (question is null || await compose.ComposeAsync(db, question, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken) is not { } composed)
            {
                return null;
            }

            pdf = kind == DocumentKind.Letter ? documents.Render(composed.Letter) : documents.Render(composed.Sheet);
        }

        await audit.RecordAsync(AuditAction.DocumentOpened, staff.Id, questionId.ToString(), ReleasedDocument.Describe(kind), cancellationToken);
        return new File(pdf, ReleasedDocument.FileNameOf(kind));
    }
}
