using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Answers;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>
/// The released answer as the person reads it on the status page, after their reference and passphrase matched: the
/// letter and the referral sheet as the page shows them, so crisis lines and services are there without a download.
/// </summary>
public sealed class ReadReleasedAnswer(IDbContextFactory<PortalDbContext> contexts, ComposeLetters compose)
{
    public sealed record Released(AnswerLetter Letter, ReferralSheet Sheet, DateTimeOffset ReleasedAt);

    public async Task<Released?> HandleAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        if (question?.Answer is not { State: AnswerState.Released, ReleasedAt: { } releasedAt })
        {
            return null;
        }

        var composed = await compose.ComposeAsync(db, question, DateOnly.FromDateTime(releasedAt.UtcDateTime), cancellationToken);
        return composed is null ? null : new Released(composed.Letter, composed.Sheet, releasedAt);
    }
}
