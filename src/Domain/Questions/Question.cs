using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Domain.Questions;

/// <summary>A question someone sent in, from the moment it is received.</summary>
public sealed class Question
{
    private readonly List<RiskReason> riskReasons = [];

    private Question()
    {
        Reference = string.Empty;
        PassphraseHash = string.Empty;
        Sealed = default!;
        Screening = ScreeningAnswers.AllClear;
    }

    public Guid Id { get; private set; }

    /// <summary>The ten characters of the <see cref="ReferenceCode"/>, unique.</summary>
    public string Reference { get; private set; }

    public string PassphraseHash { get; private set; }

    public SealedContent Sealed { get; private set; }

    public Topic Topic { get; private set; }

    public AgeRange? AgeRange { get; private set; }

    public string? State { get; private set; }

    public string? Language { get; private set; }

    public bool ConsentsToFollowUp { get; private set; }

    public bool ConsentsToPublication { get; private set; }

    public bool HasEmail { get; private set; }

    public ScreeningAnswers Screening { get; private set; }

    public RiskLevel RiskLevel { get; private set; }

    public IReadOnlyList<RiskReason> RiskReasons => riskReasons;

    public QuestionStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public static Question Receive(
        QuestionSubmission submission,
        RiskAssessment risk,
        ReferenceCode reference,
        string passphraseHash,
        SealedContent sealedContent,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentException.ThrowIfNullOrEmpty(passphraseHash);
        var question = new Question
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference.Value,
            PassphraseHash = passphraseHash,
            Sealed = sealedContent,
            Topic = submission.Topic,
            AgeRange = submission.AgeRange,
            State = submission.State,
            Language = submission.Language,
            ConsentsToFollowUp = submission.ConsentsToFollowUp,
            ConsentsToPublication = submission.ConsentsToPublication,
            HasEmail = submission.Email is not null,
            Screening = submission.Screening,
            RiskLevel = risk.Level,
            Status = QuestionStatus.Received,
            SubmittedAt = now,
        };
        question.riskReasons.AddRange(risk.Reasons);
        return question;
    }

    /// <summary>A new reference, when the one first drawn is already taken.</summary>
    public void Redraw(ReferenceCode reference) => Reference = reference.Value;
}
