using AdviceIntake.Domain.Staff;
using AdviceIntake.Portal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>Creates the demo accounts listed in configuration, once, in Development only: after the roles they use.</summary>
public sealed class SeedDevelopmentAccounts(IServiceScopeFactory scopes, IOptions<DevelopmentSeedOptions> options, IHostEnvironment environment, TimeProvider clock) : IStartupStep
{
    public int Order => 90;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var demo in options.Value.Accounts)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = StaffUser.Create(demo.Email, clock.GetUtcNow());

            // Demo passwords are published in the README for trying the portal; nobody's privacy rests on them.
            user.PasswordChangedByOwner();
            if (demo.Profile is { } p)
            {
                user.SetProfile(CounselorProfile.Create(p.DisplayName, p.Credentials, p.Bio, p.LicenceState, p.LicenceExpiresOn));
            }

            Check(await users.CreateAsync(user, demo.Password), demo.Email);
            Check(await users.AddToRolesAsync(user, demo.Roles), demo.Email);
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo account {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
