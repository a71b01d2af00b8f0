namespace AdviceIntake.Domain.Questions;

/// <summary>What happened on a case, for its timeline.</summary>
public enum CaseEventKind
{
    Received = 0,
    Claimed = 1,
    Released = 2,
    Reassigned = 3,
    RiskOverridden = 4,
    NoteAdded = 5,

    /// <summary>A staff member read the question's text: the audit trail.</summary>
    Viewed = 6,

    AnswerStarted = 7,
    AnswerSubmitted = 8,

    /// <summary>A supervisor sent the answer back; the comment is kept sealed.</summary>
    AnswerReturned = 9,
    AnswerApproved = 10,
    AnswerReleased = 11,
    ReferralAttached = 12,

    /// <summary>A service taken off the sheet; for a crisis line the risk called for, with the reason, sealed.</summary>
    ReferralRemoved = 13,

    /// <summary>The person downloaded the letter or the referral sheet from the status page.</summary>
    DocumentDownloaded = 14,

    /// <summary>A staff member sent the released letter to the person's safe address again.</summary>
    LetterEmailed = 15,

    /// <summary>The person asked, from a link in an email, that nobody contacts them again.</summary>
    ContactStopped = 16,

    /// <summary>A check-in email went out, or a counselor did the planned look at the case again.</summary>
    FollowUpDone = 17,

    FollowUpCancelled = 18,

    /// <summary>Everything the person wrote, and the answer, was erased; only what counts without naming anyone is kept.</summary>
    Erased = 19,

    /// <summary>The case was escalated to the supervisors at once (the crisis protocol).</summary>
    Escalated = 20,

    EscalationTaken = 21,

    /// <summary>The safeguarding checklist, its answers sealed with the event.</summary>
    SafeguardingChecked = 22,

    /// <summary>A short urgent message the person sees first on the status page, sealed.</summary>
    UrgentMessageSent = 23,

    /// <summary>A staff member flagged the case for a supervisor, the reason sealed with the event.</summary>
    FlaggedForSupervisor = 24,

    /// <summary>A staff member prepared an article from the answer, for a supervisor to publish.</summary>
    ArticlePrepared = 25,

    /// <summary>The person withdrew their consent to publication; any article from the question was taken down.</summary>
    PublicationConsentWithdrawn = 26,
}
