using AdviceIntake.Portal.Data;
using Microsoft.AspNetCore.Identity;

namespace AdviceIntake.Portal.Features.Staff;

public sealed class SeedStaffRoles(IServiceScopeFactory scopes) : IStartupStep
{
    public int Order => 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    private static void EnsureSucceeded(IdentityResult result, string role)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the role {role}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
