using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// Receives a question: checks every answer again, assesses risk, seals the confidential fields, hashes the
/// passphrase and commits it all at once. Nothing a person typed is logged.
/// </summary>
public sealed partial class SubmitQuestion(
    IDbContextFactory<PortalDbContext> contexts,
    QuestionProtector protector,
    IQueueFeed feed,
    SubmissionLimiter limiter,
    IOptions<IntakeOptions> intake,
    IOptions<ResponseTargetOptions> targets,
    TimeProvider clock,
    ILogger<SubmitQuestion> logger)
{
    private const int ReferenceAttempts = 5;

    public static string TooManyFromClient(TimeSpan window) =>
        $"Several questions have already been sent from this connection in the last {Words(window)}. To keep the service " +
        "open for everyone, please wait a while before sending another: what you wrote is kept on this page. If you are " +
        "in danger now, call 911, or call or text 988.";

    public sealed record Input(
        SafetyAnswers Safety,
        Topic? Topic,
        string? Title,
        string? Text,
        AgeRange? AgeRange,
        string? State,
        string? Language,
        string? PenName,
        string? Email,
        bool? EmailIsSafe,
        bool ConsentsToFollowUp,
        bool ConsentsToPublication)
    {
        /// <summary>Who is sending (<see cref="Hosting.ClientKey"/>), for the limit on questions per client.</summary>
        public string Client { get; init; } = Hosting.ClientKey.Unknown;

        /// <summary>The person asked for the letter itself by email, not only a note that it is ready.</summary>
        public bool WantsLetterByEmail { get; init; }
    }

    public sealed record Result(ReferenceCode? Reference, Passphrase? Passphrase, RiskAssessment? Risk, IReadOnlyList<FieldError> Errors)
    {
        public bool Succeeded => Reference is not null;
    }

    public async Task<Result> HandleAsync(Input input, CancellationToken cancellationToken = default)
    {
        QuestionSubmission submission;
        try
        {
            submission = QuestionSubmission.Create(input.Safety, input.Topic, input.Title, input.Text, input.AgeRange, input.State,
                input.Language, input.PenName, input.Email, input.EmailIsSafe, input.ConsentsToFollowUp, input.ConsentsToPublication, input.WantsLetterByEmail);
        }
        catch (DomainValidationException e)
        {
            return new Result(null, null, null, e.Errors);
        }

        // Only a question ready to send uses up one of the client's sends; the draft stays with the person.
        if (!limiter.TryTake(input.Client))
        {
            LogLimited(logger);
            return new Result(null, null, null, [new FieldError(string.Empty, TooManyFromClient(intake.Value.SubmissionWindow))]);
        }

        var risk = RiskAssessor.Assess(submission.Screening, submission.Title, submission.Text);
        var passphrase = Passphrase.New();
        var reference = ReferenceCode.New();
        var question = Question.Receive(submission, risk, reference, PassphraseHasher.Hash(passphrase), protector.Seal(submission), clock.GetUtcNow(), targets.Value.Targets);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                db.Questions.Add(question);
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException e)
            {
                // A reference drawn twice (one in 10^15) gets a new one; any other failure keeps the person's draft.
                if (attempt < ReferenceAttempts && await ReferenceTakenAsync(question.Reference, cancellationToken))
                {
                    reference = ReferenceCode.New();
                    question.Redraw(reference);
                    continue;
                }

                LogNotSaved(logger, e.GetType().Name);
                return new Result(null, null, null,
                    [new FieldError(string.Empty, "Sorry, we could not send your question just now. Nothing you wrote is lost: try again in a minute.")]);
            }
        }

        LogReceived(logger, question.Id, risk.Level);
        await feed.PublishAsync(new QueueChange(QueueChangeKind.Received, question.Id, risk.Level), CancellationToken.None);
        return new Result(reference, passphrase, risk, []);
    }

    private static string Words(TimeSpan window) => window switch
    {
        _ when window == TimeSpan.FromDays(1) => "day",
        _ when window == TimeSpan.FromHours(1) => "hour",
        _ when window == TimeSpan.FromMinutes(1) => "minute",
        _ when window.TotalHours >= 2 && window.TotalHours % 1 == 0 => $"{window.TotalHours:0} hours",
        _ => $"{Math.Round(window.TotalMinutes)} minutes",
    };

    private async Task<bool> ReferenceTakenAsync(ReferenceCode reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Questions.AnyAsync(q => q.Reference == reference, cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Question {QuestionId} received, risk {RiskLevel}")]
    private static partial void LogReceived(ILogger logger, Guid questionId, RiskLevel riskLevel);

    [LoggerMessage(LogLevel.Warning, "A question was refused: its client has sent its limit for now")]
    private static partial void LogLimited(ILogger logger);

    [LoggerMessage(LogLevel.Error, "A question could not be saved ({Error})")]
    private static partial void LogNotSaved(ILogger logger, string error);
}
