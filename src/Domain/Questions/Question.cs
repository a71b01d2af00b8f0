using System.Linq.Expressions;
using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Common;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Domain.Triage;

namespace AdviceIntake.Domain.Questions;

/// <summary>A question someone sent in, from the moment it is received.</summary>
public sealed class Question
{
    private readonly List<RiskReason> riskReasons = [];
    private readonly List<CaseEvent> history = [];

    private Question()
    {
        Reference = default!;
        PassphraseHash = string.Empty;
        Sealed = default!;
    }

    public Guid Id { get; private set; }

    /// <summary>The question's public reference, unique.</summary>
    public ReferenceCode Reference { get; private set; }

    public string PassphraseHash { get; private set; }

    public SealedContent Sealed { get; private set; }

    public Topic Topic { get; private set; }

    public AgeRange? AgeRange { get; private set; }

    public string? State { get; private set; }

    public string? Language { get; private set; }

    public bool ConsentsToFollowUp { get; private set; }

    public bool ConsentsToPublication { get; private set; }

    public bool HasEmail { get; private set; }

    /// <summary>The person asked for the letter itself by email, at the address they said is safe.</summary>
    public bool WantsLetterByEmail { get; private set; }

    /// <summary>The person asked us to stop all contact: nothing more is sent to them, whatever was planned.</summary>
    public bool ContactStopped { get; private set; }

    /// <summary>When the case was escalated to the supervisors and nobody has taken the escalation yet.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>
    /// On the supervisors' escalation list: escalated and not yet taken. One the response clock escalated leaves the list
    /// once it is answered; one a staff member escalated or flagged waits for a supervisor whatever happens.
    /// </summary>
    public static readonly Expression<Func<Question, bool>> AwaitsSupervisor = q =>
        q.EscalatedAt != null
        && (q.EscalationReason == Questions.EscalationReason.CrisisProtocol || q.EscalationReason == Questions.EscalationReason.Flagged
            || q.Status != QuestionStatus.Answered);

    private static readonly Func<Question, bool> AwaitsSupervisorNow = AwaitsSupervisor.Compile();

    public bool IsAwaitingSupervisor => AwaitsSupervisorNow(this);

    /// <summary>Why, while <see cref="EscalatedAt"/> is set.</summary>
    public EscalationReason? EscalationReason { get; private set; }

    /// <summary>
    /// When the response clock last escalated the case. It does so once for each reason in turn: a Crisis question taken
    /// off the list when nobody had claimed it comes back once more if it then passes its target unanswered.
    /// </summary>
    public DateTimeOffset? ClockEscalatedAt { get; private set; }

    /// <summary>A message the person sees first on the status page, before the full answer, sealed.</summary>
    public string? SealedUrgentMessage { get; private set; }

    /// <summary>When everything the person wrote was erased, at their request or after the retention period.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public RiskLevel RiskLevel { get; private set; }

    public IReadOnlyList<RiskReason> RiskReasons => riskReasons;

    /// <summary>A supervisor's override, if any; <see cref="RiskLevel"/> stays what the assessment said.</summary>
    public RiskOverride? RiskOverride { get; private set; }

    /// <summary>The level the queue works by: the override when there is one.</summary>
    public RiskLevel EffectiveRiskLevel { get; private set; }

    public QuestionStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>
    /// When a counselor should have answered, by the response target of its risk tier. It is fixed when the question
    /// arrives and again when its level is overridden, so the promise does not move when the targets are reconfigured.
    /// </summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The staff member working on the question, while it is claimed.</summary>
    public string? AssigneeId { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    /// <summary>Changes with every change of state, so two people changing the same question cannot both win.</summary>
    public Guid Version { get; private set; }

    /// <summary>The answer, from the first time a counselor saves one.</summary>
    public Answer? Answer { get; private set; }

    /// <summary>The case's events as far as loaded, and those added since: saving the question saves them with it.</summary>
    public IReadOnlyList<CaseEvent> History => history;

    public static Question Receive(
        QuestionSubmission submission,
        RiskAssessment risk,
        ReferenceCode reference,
        string passphraseHash,
        SealedContent sealedContent,
        DateTimeOffset now,
        ResponseTargets targets)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentException.ThrowIfNullOrEmpty(passphraseHash);
        var question = new Question
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            PassphraseHash = passphraseHash,
            Sealed = sealedContent,
            Topic = submission.Topic,
            AgeRange = submission.AgeRange,
            State = submission.State,
            Language = submission.Language,
            ConsentsToFollowUp = submission.ConsentsToFollowUp,
            ConsentsToPublication = submission.ConsentsToPublication,
            HasEmail = submission.Email is not null,
            WantsLetterByEmail = submission.WantsLetterByEmail,
            RiskLevel = risk.Level,
            EffectiveRiskLevel = risk.Level,
            Status = QuestionStatus.Received,
            SubmittedAt = now,
            DueAt = targets.DueAt(risk.Level, now),
            Version = Guid.NewGuid(),
        };
        question.riskReasons.AddRange(risk.Reasons);
        question.Record(CaseEventKind.Received, now, actorId: null);
        return question;
    }

    /// <summary>
    /// Erases what the person wrote and what was written back: the sealed texts, the address, the answer and the override
    /// reason (the history's notes go in the same transaction, by the caller). Topic, risk and dates stay for statistics.
    /// A question not yet answered is withdrawn from the queue. Erasing twice changes nothing.
    /// </summary>
    public void Erase(DateTimeOffset now, bool atTheirRequest)
    {
        if (ErasedAt is not null)
        {
            return;
        }

        Sealed = SealedContent.Erased;
        SealedUrgentMessage = null;
        EscalatedAt = null;
        EscalationReason = null;

        // An answer never released goes altogether, so nothing can send it for review or release it afterwards.
        if (Status == QuestionStatus.Answered)
        {
            Answer?.Erase();
        }
        else
        {
            Answer = null;
        }

        RiskOverride = RiskOverride is null ? null : RiskOverride with { SealedReason = string.Empty };
        HasEmail = false;
        WantsLetterByEmail = false;
        ContactStopped = true;
        if (Status != QuestionStatus.Answered)
        {
            Status = QuestionStatus.Withdrawn;
            AssigneeId = null;
            ClaimedAt = null;
        }

        ErasedAt = now;
        Version = Guid.NewGuid();
        Record(CaseEventKind.Erased, now, actorId: null, detail: atTheirRequest ? "at the person's request" : "after the retention period");
    }

    /// <summary>Part of the crisis protocol: the case goes to every supervisor's dashboard at once.</summary>
    public void Escalate(string staffId, DateTimeOffset now)
    {
        EnsureInDanger();
        if (EscalatedAt is not null)
        {
            throw new LifecycleException("This case is already escalated; a supervisor will take it.");
        }

        EscalatedAt = now;
        EscalationReason = Questions.EscalationReason.CrisisProtocol;
        Version = Guid.NewGuid();
        Record(CaseEventKind.Escalated, now, staffId);
    }

    /// <summary>
    /// A staff member asks a supervisor to look at the case, whatever its risk, with a reason others can follow. It joins
    /// the supervisors' escalation list until one takes it. The reason is kept only as the caller sealed it.
    /// </summary>
    public void FlagForSupervisor(string? reason, Func<string, string> seal, string staffId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        ArgumentNullException.ThrowIfNull(seal);
        if (ErasedAt is not null || Status is QuestionStatus.Withdrawn)
        {
            throw new LifecycleException("This question is closed; there is nothing left for a supervisor to look at.");
        }

        if (EscalatedAt is not null)
        {
            throw new LifecycleException("This case is already waiting for a supervisor.");
        }

        var why = reason?.Trim() ?? string.Empty;
        if (RiskOverride.ProblemWithReason(why, "Write what the supervisor should look at, in a sentence others can follow.") is { } problem)
        {
            throw new DomainValidationException([new FieldError("Reason", problem)]);
        }

        var sealedReason = seal(why);
        EscalatedAt = now;
        EscalationReason = Questions.EscalationReason.Flagged;
        Version = Guid.NewGuid();
        Record(CaseEventKind.FlaggedForSupervisor, now, staffId, sealedNote: sealedReason);
    }

    /// <summary>
    /// The response clock's escalation: when a Crisis question is still unclaimed after
    /// <paramref name="crisisUnclaimedLimit"/>, and when an open question passes its target. Each happens once. False when
    /// neither is due (or both are done).
    /// </summary>
    public bool EscalateByClock(DateTimeOffset now, TimeSpan crisisUnclaimedLimit)
    {
        var pastTargetDone = ClockEscalatedAt >= DueAt;
        if (pastTargetDone || ErasedAt is not null || Status is QuestionStatus.Answered or QuestionStatus.Withdrawn)
        {
            return false;
        }

        EscalationReason reason;
        if (now >= DueAt)
        {
            reason = Questions.EscalationReason.PastTarget;
        }
        else if (ClockEscalatedAt is null && EffectiveRiskLevel == RiskLevel.Crisis && Status == QuestionStatus.Received && now - SubmittedAt >= crisisUnclaimedLimit)
        {
            reason = Questions.EscalationReason.CrisisUnclaimed;
        }
        else
        {
            return false;
        }

        ClockEscalatedAt = now;
        Version = Guid.NewGuid();

        // A case its counselor already escalated stays on the list for that reason; the clock adds no second alert.
        if (EscalatedAt is null)
        {
            EscalatedAt = now;
            EscalationReason = reason;
            Record(CaseEventKind.Escalated, now, actorId: null, detail: reason == Questions.EscalationReason.PastTarget
                ? "past its response target"
                : $"a Crisis question unclaimed for {crisisUnclaimedLimit.TotalMinutes:0} minutes");
        }

        return true;
    }

    /// <summary>A supervisor takes the escalation: it leaves the dashboards' alert.</summary>
    public void TakeEscalation(string supervisorId, DateTimeOffset now)
    {
        if (EscalatedAt is null)
        {
            throw new LifecycleException("This case is not escalated.");
        }

        EscalatedAt = null;
        EscalationReason = null;
        Version = Guid.NewGuid();
        Record(CaseEventKind.EscalationTaken, now, supervisorId);
    }

    /// <summary>The safeguarding checklist, recorded in the history as ciphertext: it describes the person's danger.</summary>
    public void RecordSafeguarding(string sealedAnswers, string staffId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(sealedAnswers);
        EnsureInDanger();
        Version = Guid.NewGuid();
        Record(CaseEventKind.SafeguardingChecked, now, staffId, sealedNote: sealedAnswers);
    }

    public const int UrgentMessageMaxLength = 600;

    /// <summary>An urgent message as it will be kept, or the reason it cannot be.</summary>
    public static string CheckUrgentMessage(string? text)
    {
        var message = (text ?? string.Empty).Trim();
        return message.Length is 0 or > UrgentMessageMaxLength || TextRules.HasUnreadableCharacters(message, allowLineBreaks: true)
            ? throw new DomainValidationException([new FieldError("Message", $"Write a message of 1 to {UrgentMessageMaxLength} characters.")])
            : message;
    }

    /// <summary>A short message the person sees first on the status page, without waiting for the full answer.</summary>
    public void SendUrgentMessage(string sealedMessage, string staffId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(sealedMessage);
        EnsureInDanger();
        SealedUrgentMessage = sealedMessage;
        Version = Guid.NewGuid();
        Record(CaseEventKind.UrgentMessageSent, now, staffId, sealedNote: sealedMessage);
    }

    private void EnsureInDanger()
    {
        if (EffectiveRiskLevel < RiskLevel.High || ErasedAt is not null)
        {
            throw new LifecycleException("The crisis protocol is for High and Crisis questions.");
        }
    }

    /// <summary>The person stops all contact, from a link in an email; asking twice changes nothing.</summary>
    public void StopContact(DateTimeOffset now)
    {
        if (ContactStopped)
        {
            return;
        }

        ContactStopped = true;
        Version = Guid.NewGuid();
        Record(CaseEventKind.ContactStopped, now, actorId: null);
    }

    /// <summary>The person takes back their consent to publication, from the status page; asking twice changes nothing.</summary>
    public void WithdrawPublicationConsent(DateTimeOffset now)
    {
        if (!ConsentsToPublication)
        {
            return;
        }

        ConsentsToPublication = false;
        Version = Guid.NewGuid();
        Record(CaseEventKind.PublicationConsentWithdrawn, now, actorId: null);
    }

    /// <summary>A new reference, when the one first drawn is already taken.</summary>
    public void Redraw(ReferenceCode reference) => Reference = reference;

    /// <summary>A counselor takes a question nobody is working on.</summary>
    public void Claim(string counselorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(counselorId);
        if (Status != QuestionStatus.Received || AssigneeId is not null)
        {
            throw new LifecycleException(AssigneeId == counselorId
                ? "You are already working on this question."
                : "Someone else has just taken this question.");
        }

        AssigneeId = counselorId;
        ClaimedAt = now;
        Status = QuestionStatus.Claimed;
        Version = Guid.NewGuid();
        Record(CaseEventKind.Claimed, now, counselorId);
    }

    /// <summary>The counselor working on a question puts it back in the queue.</summary>
    public void Release(string counselorId, DateTimeOffset now)
    {
        if (Status != QuestionStatus.Claimed || AssigneeId != counselorId)
        {
            throw new LifecycleException("Only the counselor working on this question can put it back in the queue.");
        }

        AssigneeId = null;
        ClaimedAt = null;
        Status = QuestionStatus.Received;
        Version = Guid.NewGuid();
        Record(CaseEventKind.Released, now, counselorId);
    }

    /// <summary>A supervisor gives a question that is waiting or being worked on to another counselor.</summary>
    public void Reassign(string counselorId, string supervisorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(counselorId);
        ArgumentException.ThrowIfNullOrEmpty(supervisorId);
        if (Status is not (QuestionStatus.Received or QuestionStatus.Claimed))
        {
            throw new LifecycleException("An answer has already been written for this question; it can no longer be reassigned.");
        }

        if (AssigneeId == counselorId)
        {
            throw new LifecycleException("This counselor is already working on this question.");
        }

        AssigneeId = counselorId;
        ClaimedAt = now;
        Status = QuestionStatus.Claimed;
        Version = Guid.NewGuid();
        Record(CaseEventKind.Reassigned, now, supervisorId, counselorId);
    }

    /// <summary>
    /// A supervisor sets the level the queue works by, with the reason; the assessed level is kept. A missing reason or
    /// an unchanged level is the supervisor's input to correct, reported per field. The reason is kept only as
    /// <paramref name="seal"/> makes it, in the override and in the history.
    /// </summary>
    public void OverrideRisk(RiskLevel level, string? reason, Func<string, string> seal, string supervisorId, DateTimeOffset now, ResponseTargets targets) =>
        SetRisk(level, reason, seal, supervisorId, now, targets, mayLower: true);

    /// <summary>
    /// Anyone on the staff may raise the level the queue works by, never lower it: a wrong raise costs a faster answer, a
    /// wrong lowering could leave someone in danger waiting. Lowering is a supervisor's <see cref="OverrideRisk"/>.
    /// </summary>
    public void RaiseRisk(RiskLevel level, string? reason, Func<string, string> seal, string staffId, DateTimeOffset now, ResponseTargets targets) =>
        SetRisk(level, reason, seal, staffId, now, targets, mayLower: false);

    private void SetRisk(RiskLevel level, string? reason, Func<string, string> seal, string staffId, DateTimeOffset now, ResponseTargets targets, bool mayLower)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        ArgumentNullException.ThrowIfNull(seal);
        ArgumentNullException.ThrowIfNull(targets);
        var why = reason?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (level == EffectiveRiskLevel)
        {
            errors.Add("Level", $"The risk level is already {level}. Choose another level.");
        }
        else if (level < EffectiveRiskLevel && !mayLower)
        {
            errors.Add("Level", $"Only a supervisor can lower the risk level below {EffectiveRiskLevel}. Flag the case for a supervisor if you think it should be lower.");
        }

        if (RiskOverride.ProblemWithReason(why) is { } problem)
        {
            errors.Add("Reason", problem);
        }

        errors.ThrowIfAny();
        var from = EffectiveRiskLevel;
        var sealedReason = seal(why);
        RiskOverride = new RiskOverride(level, sealedReason, staffId, now);
        EffectiveRiskLevel = level;
        DueAt = targets.DueAt(level, SubmittedAt);
        Version = Guid.NewGuid();
        Record(CaseEventKind.RiskOverridden, now, staffId, detail: $"{from} → {level}", sealedNote: sealedReason);
    }

    /// <summary>
    /// The counselor working on the question starts its answer. The crisis lines the risk calls for are attached at
    /// once, so a flagged answer cannot go out without them by oversight.
    /// </summary>
    public void StartAnswer(string counselorId, DateTimeOffset now, IEnumerable<Guid> crisisLines)
    {
        ArgumentNullException.ThrowIfNull(crisisLines);
        EnsureAssignee(counselorId);
        if (Answer is not null)
        {
            throw new LifecycleException("The answer has already been started.");
        }

        Answer = Answer.Start(counselorId, now, crisisLines);
        Version = Guid.NewGuid();
        Record(CaseEventKind.AnswerStarted, now, counselorId);
    }

    /// <summary>The counselor writes the answer. Saving often is expected, so a save changes no version and leaves no history.</summary>
    public void WriteAnswer(string sealedBody, string? sealedSheetNote, string counselorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sealedBody);
        EnsureWriter(counselorId).Write(sealedBody, sealedSheetNote, counselorId, now);
    }

    /// <summary>The counselor sends the answer to a supervisor; from now on only a supervisor moves it.</summary>
    public void SubmitAnswer(string counselorId, DateTimeOffset now)
    {
        var answer = Answer is { } written && written.SealedBody.Length > 0 ? EnsureWriter(counselorId)
            : throw new LifecycleException("Write the answer before sending it for review.");
        answer.MoveTo(AnswerState.InReview, now);
        Status = QuestionStatus.InReview;
        Version = Guid.NewGuid();
        Record(CaseEventKind.AnswerSubmitted, now, counselorId);
    }

    /// <summary>A supervisor sends the answer back to its counselor with a comment, kept sealed in the history.</summary>
    public void ReturnAnswer(string sealedComment, string supervisorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(sealedComment);
        var answer = EnsureReviewer(supervisorId);
        answer.MoveTo(AnswerState.Returned, now, supervisorId);
        Status = QuestionStatus.Claimed;
        Version = Guid.NewGuid();
        Record(CaseEventKind.AnswerReturned, now, supervisorId, answer.AuthorId, sealedNote: sealedComment);
    }

    /// <summary>A supervisor other than its writer signs the answer off.</summary>
    public void ApproveAnswer(string supervisorId, DateTimeOffset now)
    {
        var answer = EnsureReviewer(supervisorId);
        answer.MoveTo(AnswerState.Approved, now, supervisorId);
        Version = Guid.NewGuid();
        Record(CaseEventKind.AnswerApproved, now, supervisorId, answer.AuthorId);
    }

    /// <summary>An approved answer goes to the person: the status page shows it and the question is answered.</summary>
    public void ReleaseAnswer(string staffId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        if (Answer is not { State: AnswerState.Approved } answer)
        {
            throw new LifecycleException(Answer?.State == AnswerState.Released
                ? "This answer has already been released."
                : "Only an answer a supervisor has approved can be released.");
        }

        answer.MoveTo(AnswerState.Released, now);
        Status = QuestionStatus.Answered;

        // The answer settles what the response clock escalated; one under the crisis protocol waits for a supervisor.
        if (EscalationReason is Questions.EscalationReason.PastTarget or Questions.EscalationReason.CrisisUnclaimed)
        {
            EscalatedAt = null;
            EscalationReason = null;
        }

        Version = Guid.NewGuid();
        Record(CaseEventKind.AnswerReleased, now, staffId);
    }

    /// <summary>The counselor adds a directory entry to the referral sheet; <paramref name="name"/> is for the history.</summary>
    public void AttachReferral(Guid resourceId, string name, string counselorId, DateTimeOffset now)
    {
        var answer = EnsureWriter(counselorId);
        switch (answer.Referral(resourceId))
        {
            case { Removed: true } removed:
                removed.Restore();
                answer.Touch();
                break;
            case not null:
                throw new LifecycleException($"{name} is already on the referral sheet.");
            default:
                answer.Attach(resourceId);
                break;
        }

        Record(CaseEventKind.ReferralAttached, now, counselorId, detail: name);
    }

    /// <summary>
    /// The counselor takes an entry off the sheet. A crisis line the risk called for comes off only with a reason
    /// (<paramref name="sealedReason"/>), and stays known as removed so it is not attached again.
    /// </summary>
    public void RemoveReferral(Guid resourceId, string name, string? sealedReason, string counselorId, DateTimeOffset now)
    {
        var answer = EnsureWriter(counselorId);
        var referral = answer.Referral(resourceId) is { Removed: false } found ? found
            : throw new LifecycleException($"{name} is not on the referral sheet.");
        if (referral.Automatic)
        {
            if (string.IsNullOrEmpty(sealedReason))
            {
                throw new DomainValidationException([new FieldError("Reason", "Write why this crisis line should not be on the sheet.")]);
            }

            referral.Remove();
            answer.Touch();
        }
        else
        {
            answer.Detach(referral);
        }

        Record(CaseEventKind.ReferralRemoved, now, counselorId, detail: name, sealedNote: referral.Automatic ? sealedReason : null);
    }

    private Answer EnsureWriter(string counselorId)
    {
        if (Answer is null)
        {
            throw new LifecycleException("Start the answer first.");
        }

        if (!Answer.IsEditable)
        {
            throw new LifecycleException(Answer.State switch
            {
                AnswerState.InReview => "The answer is with a supervisor for review. It can be changed again if it is returned.",
                AnswerState.Approved => "The answer has been approved and waits to be released; it can no longer be changed.",
                _ => "The answer has been released; it can no longer be changed.",
            });
        }

        EnsureAssignee(counselorId);
        return Answer;
    }

    private void EnsureAssignee(string counselorId)
    {
        ArgumentException.ThrowIfNullOrEmpty(counselorId);
        if (Status != QuestionStatus.Claimed || AssigneeId != counselorId)
        {
            throw new LifecycleException("Only the counselor working on this question can change its answer. Take the question first.");
        }
    }

    private Answer EnsureReviewer(string supervisorId)
    {
        ArgumentException.ThrowIfNullOrEmpty(supervisorId);
        if (Answer is not { State: AnswerState.InReview } answer)
        {
            throw new LifecycleException("Only an answer waiting for review can be approved or returned.");
        }

        return answer.AuthorId == supervisorId
            ? throw new LifecycleException("Another supervisor must review an answer you wrote.")
            : answer;
    }

    private void Record(
        CaseEventKind kind, DateTimeOffset at, string? actorId, string? subjectId = null, string? detail = null, string? sealedNote = null) =>
        history.Add(CaseEvent.New(Id, kind, at, actorId, subjectId, detail, sealedNote));
}
