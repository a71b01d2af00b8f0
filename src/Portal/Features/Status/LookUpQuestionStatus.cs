using AdviceIntake.Domain.Questions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Intake;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>
/// Opens a question's status with its reference and passphrase. A wrong pair and a locked one get the same kind of
/// answer, so a guesser learns nothing about which references exist.
/// </summary>
public sealed class LookUpQuestionStatus(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, ClientLookupGuards clients, TimeProvider clock)
{
    public sealed record Input(string? Reference, string? Passphrase, string Client);

    public sealed record Found(string PenName, QuestionStatus Status, DateTimeOffset SubmittedAt, string Reference);

    public enum Outcome
    {
        Found,
        NotFound,
        TooManyAttempts,
    }

    public sealed record Result(Outcome Outcome, Found? Question);

    public async Task<Result> HandleAsync(Input input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (clients.IsLocked(input.Client, now))
        {
            return new Result(Outcome.TooManyAttempts, null);
        }

        if (!ReferenceCode.TryParse(input.Reference, out var reference) || string.IsNullOrWhiteSpace(input.Passphrase))
        {
            clients.RecordFailure(input.Client, now);
            return new Result(Outcome.NotFound, null);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var guard = await db.StatusLookupGuards.FindAsync([reference.Value], cancellationToken);
        if (guard is not null && guard.IsLocked(now))
        {
            clients.RecordFailure(input.Client, now);
            return new Result(Outcome.TooManyAttempts, null);
        }

        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Reference == reference.Value, cancellationToken);
        if (question is not null && PassphraseHasher.Verify(Passphrase.Normalise(input.Passphrase), question.PassphraseHash))
        {
            return new Result(Outcome.Found, new Found(protector.OpenPenName(question.Sealed), question.Status, question.SubmittedAt, reference.ToString()));
        }

        // Failures are counted per reference even when no question has it, so probing looks the same either way.
        if (guard is null)
        {
            guard = StatusLookupGuard.For(reference.Value);
            db.StatusLookupGuards.Add(guard);
        }

        guard.RecordFailure(now);
        clients.RecordFailure(input.Client, now);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(guard.IsLocked(now) ? Outcome.TooManyAttempts : Outcome.NotFound, null);
    }
}
