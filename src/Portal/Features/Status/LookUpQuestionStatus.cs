using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>
/// Opens a question's status with its reference and passphrase. A wrong pair and a locked one get the same kind of
/// answer, and an unknown reference costs the same work as a known one, so a guesser learns nothing about which
/// references exist. Each attempt on a reference is counted before the passphrase is checked, in one atomic step, so
/// guesses sent all at once cannot slip past the limit.
/// </summary>
public sealed class LookUpQuestionStatus(IDbContextFactory<PortalDbContext> contexts, QuestionProtector protector, ClientLookupGuards clients, TimeProvider clock)
{
    private const int CountAttempts = 20;

    // A reference with no question is checked against this, so it takes as long as a wrong passphrase.
    private static readonly Lazy<string> NobodysHash = new(() => PassphraseHasher.Hash(Passphrase.New()));

    public sealed record Input(string? Reference, string? Passphrase, string Client);

    public sealed record Found(Guid QuestionId, string PenName, QuestionStatus Status, DateTimeOffset SubmittedAt, string Reference, DateTimeOffset? ErasedAt = null)
    {
        /// <summary>A counselor's urgent message, shown before anything else; none in most cases.</summary>
        public string? UrgentMessage { get; init; }

        /// <summary>The danger the question showed, for the crisis lines beside an urgent message.</summary>
        public RiskAssessment Risk { get; init; } = RiskAssessment.Routine;

        /// <summary>Whether they still agree to anonymous publication, which they may withdraw here.</summary>
        public bool ConsentsToPublication { get; init; }
    }

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

        var counted = await CountAttemptAsync(reference.Value, now, cancellationToken);
        if (counted is null)
        {
            clients.RecordFailure(input.Client, now);
            return new Result(Outcome.TooManyAttempts, null);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Reference == reference, cancellationToken);
        var matches = PassphraseHasher.Verify(Passphrase.Normalise(input.Passphrase), question?.PassphraseHash ?? NobodysHash.Value);
        if (question is not null && matches)
        {
            await ChangeGuardAsync(reference.Value, guard => guard.Forgive(), cancellationToken);
            return new Result(Outcome.Found, new Found(question.Id, protector.OpenPenName(question.Sealed), question.Status, question.SubmittedAt, reference.ToString(), question.ErasedAt)
            {
                UrgentMessage = protector.OpenUrgentMessage(question.SealedUrgentMessage),
                Risk = new RiskAssessment(question.EffectiveRiskLevel, question.RiskReasons),
                ConsentsToPublication = question.ConsentsToPublication,
            });
        }

        clients.RecordFailure(input.Client, now);
        return new Result(counted.IsLocked(now) ? Outcome.TooManyAttempts : Outcome.NotFound, null);
    }

    /// <summary>Counts one attempt on the reference; none when it is already locked. Failures are counted per reference
    /// even when no question has it, so probing looks the same either way.</summary>
    private async Task<StatusLookupGuard?> CountAttemptAsync(string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StatusLookupGuard? counted = null;
        var open = await ChangeGuardAsync(reference, guard =>
        {
            if (guard.IsLocked(now))
            {
                return false;
            }

            guard.RecordFailure(now);
            counted = guard;
            return true;
        }, cancellationToken);
        return open ? counted : null;
    }

    private Task ChangeGuardAsync(string reference, Action<StatusLookupGuard> change, CancellationToken cancellationToken) =>
        ChangeGuardAsync(reference, guard =>
        {
            change(guard);
            return true;
        }, cancellationToken);

    /// <summary>Reads, changes and saves the reference's count; when another look-up saved first, reads it again.</summary>
    private async Task<bool> ChangeGuardAsync(string reference, Func<StatusLookupGuard, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var guard = await db.StatusLookupGuards.FindAsync([reference], cancellationToken);
            if (guard is null)
            {
                guard = StatusLookupGuard.For(reference);
                db.StatusLookupGuards.Add(guard);
            }

            if (!change(guard))
            {
                return false;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException) when (attempt < CountAttempts)
            {
                // Another look-up of the same reference counted first (a changed version, or the same new row).
            }
        }
    }
}
