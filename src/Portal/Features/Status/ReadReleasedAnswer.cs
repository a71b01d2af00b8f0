using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>The released answer as the person reads it on the status page, after their reference and passphrase matched.</summary>
public sealed class ReadReleasedAnswer(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector)
{
    public sealed record Released(IReadOnlyList<TextBlock> Body, string Signature, string Bio, DateTimeOffset ReleasedAt);

    public async Task<Released?> HandleAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        if (question?.Answer is not { State: AnswerState.Released, ReleasedAt: { } releasedAt } answer)
        {
            return null;
        }

        var profile = await db.Users.AsNoTracking().Where(u => u.Id == answer.AuthorId).Select(u => u.Profile).SingleOrDefaultAsync(cancellationToken);
        var signature = LetterSignature.For(profile);
        return new Released(AnswerMarkup.Parse(protector.OpenAnswer(answer.SealedBody)), signature.NameAndCredentials, signature.Bio, releasedAt);
    }
}
