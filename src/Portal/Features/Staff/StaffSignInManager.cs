using System.Security.Claims;
using AdviceIntake.Domain.Audit;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Identity's sign-in, refusing disabled accounts with the same answer as a wrong password, and marking a sign-in that
/// used a second factor: a passkey, or a completed authenticator step (Identity's <c>amr</c> claim "mfa"). What the
/// account has enrolled does not count; how this sign-in happened does. Every sign-in, failed sign-in, lock-out and
/// sign-out goes to the audit trail with the account (when there is one) and the address it came from. Each sign-in
/// opens a server-side <see cref="StaffSessions">session</see>, which signing out ends.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation,
    AuditTrail audit,
    StaffSessions sessions,
    SignInAttempts attempts,
    TimeProvider clock)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool secondFactorUsed;
    private bool refreshing;
    private Claim? carriedSession;
    private Claim? carriedAuthenticatedAt;
    private bool reauthenticating;

    public override async Task<bool> CanSignInAsync(StaffUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    // A password hash made once, to check passwords typed for addresses that have no account against.
    private static string? nobodysHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        // Each try takes one of the client's attempts before anything is checked, so tries sent all at once cannot
        // slip past the limit; past it they are turned away unchecked and unrecorded, costing no hash and no audit row.
        if (!attempts.TryTake(ClientKey.Of(Context)))
        {
            return SignInResult.Failed;
        }

        var user = await UserManager.FindByNameAsync(userName);
        if (user is null || user.IsDisabled)
        {
            // As long as a wrong password for a real account takes, so the time taken says nothing about which
            // addresses have accounts, or which are disabled.
            nobodysHash ??= UserManager.PasswordHasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString());
            UserManager.PasswordHasher.VerifyHashedPassword(new StaffUser(), nobodysHash, password);
        }

        if (user is null)
        {
            // The address typed is not kept: people type passwords into the wrong field.
            await RecordAsync(AuditAction.SignInFailed, null, "no account with that address");
            return SignInResult.Failed;
        }

        return await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(StaffUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        await RecordFailureAsync(user.Id, result, "wrong password");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await RecordFailureAsync(user?.Id, result, "wrong authenticator code");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await RecordFailureAsync(user?.Id, result, "wrong recovery code");
        return result;
    }

    public override async Task<SignInResult> PasskeySignInAsync(string credentialJson)
    {
        secondFactorUsed = true;
        try
        {
            var result = await base.PasskeySignInAsync(credentialJson);
            await RecordFailureAsync(null, result, "passkey not accepted");
            return result;
        }
        finally
        {
            secondFactorUsed = false;
        }
    }

    // A new cookie for the same sign-in (after a password or passkey change) keeps what the sign-in proved.
    public override async Task RefreshSignInAsync(StaffUser user)
    {
        var current = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var sameUser = current.Principal is { } principal && principal.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id;
        secondFactorUsed = sameUser && StaffClaims.HasSecondFactor(current.Principal!);
        carriedSession = sameUser ? current.Principal!.FindFirst(StaffClaims.Session) : null;
        carriedAuthenticatedAt = sameUser && !reauthenticating ? current.Principal!.FindFirst(StaffClaims.AuthenticatedAt) : null;
        refreshing = true;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            secondFactorUsed = false;
            refreshing = false;
            carriedSession = null;
            carriedAuthenticatedAt = null;
        }
    }

    /// <summary>
    /// The signed-in person typed their password again: the sign-in counts as just proved, for changes that ask for a
    /// recent one. A wrong password counts towards lock-out like any other.
    /// </summary>
    public async Task<bool> ReauthenticateAsync(StaffUser user, string password)
    {
        var result = await CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return false;
        }

        reauthenticating = true;
        try
        {
            await RefreshSignInAsync(user);
        }
        finally
        {
            reauthenticating = false;
        }

        await RecordAsync(AuditAction.Reauthenticated, user.Id, null);
        return true;
    }

    public override async Task SignOutAsync()
    {
        var signedIn = Context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var session = StaffClaims.SessionOf(Context.User);
        await base.SignOutAsync();

        // The cookie is gone from this browser; ending the session makes any copy of it useless too.
        if (session is { } id)
        {
            await sessions.EndAsync(id);
        }

        if (signedIn is not null)
        {
            await RecordAsync(AuditAction.SignedOut, signedIn, null);
        }
    }

    public override async Task SignInWithClaimsAsync(StaffUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        var withSecondFactor = secondFactorUsed || claims.Any(c => c.Type == "amr" && c.Value == "mfa");
        if (withSecondFactor)
        {
            claims.Add(StaffClaims.SecondFactorUsed());
        }

        // A new cookie for the same sign-in stays in the same session; a new sign-in starts one.
        claims.Add(refreshing && carriedSession is { } session
            ? new Claim(StaffClaims.Session, session.Value)
            : new Claim(StaffClaims.Session, (await sessions.StartAsync(user.Id)).ToString()));
        claims.Add(carriedAuthenticatedAt is { } at ? new Claim(at.Type, at.Value) : StaffClaims.AuthenticatedAtClaim(clock.GetUtcNow()));

        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
        if (!refreshing)
        {
            await RecordAsync(AuditAction.SignedIn, user.Id, withSecondFactor ? "with a second factor" : "with a password only");
        }
    }

    private Task RecordFailureAsync(string? userId, SignInResult result, string why) =>
        result.Succeeded || result.RequiresTwoFactor ? Task.CompletedTask
        : result.IsLockedOut ? RecordAsync(AuditAction.LockedOut, userId, null)
        : RecordAsync(AuditAction.SignInFailed, userId, result.IsNotAllowed ? "account disabled" : why);

    private Task RecordAsync(AuditAction action, string? userId, string? what)
    {
        var from = Context.Connection.RemoteIpAddress is { } address ? $"from {address}" : null;
        return audit.RecordAsync(action, userId, userId, string.Join(", ", new[] { what, from }.OfType<string>()));
    }
}
