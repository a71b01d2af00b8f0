using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Identity's sign-in, refusing disabled accounts with the same answer as a wrong password, and marking a sign-in that
/// used a second factor: a passkey, or a completed authenticator step (Identity's <c>amr</c> claim "mfa"). What the
/// account has enrolled does not count; how this sign-in happened does.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool secondFactorUsed;

    public override async Task<bool> CanSignInAsync(StaffUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasskeySignInAsync(string credentialJson)
    {
        secondFactorUsed = true;
        try
        {
            return await base.PasskeySignInAsync(credentialJson);
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
        secondFactorUsed = current.Principal is { } principal && StaffClaims.HasSecondFactor(principal) && principal.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            secondFactorUsed = false;
        }
    }

    public override Task SignInWithClaimsAsync(StaffUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        if (secondFactorUsed || claims.Any(c => c.Type == "amr" && c.Value == "mfa"))
        {
            claims.Add(StaffClaims.SecondFactorUsed());
        }

        return base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }
}
