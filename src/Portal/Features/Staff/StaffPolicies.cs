using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

public static class StaffPolicies
{
    /// <summary>Any staff member: the queue and the cases.</summary>
    public const string Staff = "Staff";

    /// <summary>Oversight: overrides, reviews, audit.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Staff accounts and the directory.</summary>
    public const string Admin = "Admin";

    internal static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole(StaffRoles.All).AddRequirements(new SecondFactorRequirement()));
        options.AddPolicy(Supervisor, p => p.RequireRole(StaffRoles.Supervisor, StaffRoles.Admin).AddRequirements(new SecondFactorRequirement()));
        options.AddPolicy(Admin, p => p.RequireRole(StaffRoles.Admin).AddRequirements(new SecondFactorRequirement()));
    }
}

internal sealed class SecondFactorRequirement : IAuthorizationRequirement;

internal sealed class SecondFactorHandler(IOptionsMonitor<StaffOptions> options) : AuthorizationHandler<SecondFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SecondFactorRequirement requirement)
    {
        if (!NeedsSecondFactor(context.User, options.CurrentValue))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    internal static bool NeedsSecondFactor(System.Security.Claims.ClaimsPrincipal user, StaffOptions options) =>
        options.RequireSecondFactor
        && StaffRoles.All.Any(user.IsInRole)
        && !StaffClaims.HasSecondFactor(user);
}
