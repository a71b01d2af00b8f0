using AdviceIntake.Domain.Letters;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>The person downloads their letter or sheet: the very files kept at release. Each download goes in the case history.</summary>
public sealed class DownloadDocument(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, TimeProvider clock)
{
    public sealed record File(byte[] Pdf, string FileName);

    public async Task<File?> HandleAsync(Guid questionId, DocumentKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.ReleasedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.QuestionId == questionId && d.Kind == kind, cancellationToken);
        if (document is null)
        {
            return null;
        }

        db.CaseEvents.Add(CaseEvent.Downloaded(questionId, ReleasedDocument.Describe(kind), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new File(protector.OpenDocument(document.SealedPdf), document.FileName);
    }
}
