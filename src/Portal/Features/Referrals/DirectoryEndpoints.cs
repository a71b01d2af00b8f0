using System.Text;
using AdviceIntake.Portal.Features.Staff;

namespace AdviceIntake.Portal.Features.Referrals;

public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/staff/referrals/export", async (ExportDirectory export, CancellationToken cancellationToken) =>
                Results.File(Encoding.UTF8.GetBytes(await export.HandleAsync(cancellationToken)), "text/csv; charset=utf-8", "referral-directory.csv"))
            .RequireAuthorization(StaffPolicies.Supervisor);
        return endpoints;
    }
}
