namespace AdviceIntake.Domain.Audit;

/// <summary>What a row of the audit trail records. Stored by name, so new actions may be added anywhere.</summary>
public enum AuditAction
{
    /// <summary>A staff member read a question's text.</summary>
    CaseViewed,

    SignedIn,

    /// <summary>A wrong password or code, a disabled account, or an address that has no account.</summary>
    SignInFailed,

    LockedOut,

    SignedOut,

    /// <summary>A signed-in person confirmed their password again before changing their second factors.</summary>
    Reauthenticated,

    AccountCreated,

    /// <summary>An Admin changed an account's name, roles or profile.</summary>
    AccountChanged,

    AccountDisabled,

    AccountEnabled,

    PasswordChanged,

    /// <summary>A passkey or authenticator app added, renamed or removed, or new recovery codes.</summary>
    SecondFactorChanged,

    /// <summary>A staff member opened an answer letter or a referral sheet as a PDF.</summary>
    DocumentOpened,

    /// <summary>A staff member changed the referral directory: an entry added, edited, retired, verified or imported.</summary>
    DirectoryChanged,

    /// <summary>A staff member opened an article draft, which begins as a copy of a question.</summary>
    ArticleOpened,

    /// <summary>A supervisor published an article or took it down.</summary>
    ArticlePublicationChanged,
}
