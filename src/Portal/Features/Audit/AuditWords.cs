using AdviceIntake.Domain.Audit;

namespace AdviceIntake.Portal.Features.Audit;

/// <summary>What each kind of audit row is called on the audit page.</summary>
public static class AuditWords
{
    public static string Of(AuditAction? action) => action switch
    {
        null => "Unknown: the row was changed",
        AuditAction.CaseViewed => "Read a question",
        AuditAction.ArticleOpened => "Opened an article draft",
        AuditAction.ArticlePublicationChanged => "Published or took down an article",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.LockedOut => "Locked out",
        AuditAction.SignedOut => "Signed out",
        AuditAction.Reauthenticated => "Confirmed their password",
        AuditAction.AccountCreated => "Created an account",
        AuditAction.AccountChanged => "Changed an account",
        AuditAction.AccountDisabled => "Disabled an account",
        AuditAction.AccountEnabled => "Enabled an account",
        AuditAction.PasswordChanged => "Changed a password",
        AuditAction.SecondFactorChanged => "Changed a second factor",
        AuditAction.DocumentOpened => "Opened a letter or sheet",
        AuditAction.DirectoryChanged => "Changed the referral directory",
        _ => action.Value.ToString(),
    };
}
