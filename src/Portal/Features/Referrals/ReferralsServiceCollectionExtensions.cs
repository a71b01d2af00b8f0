using AdviceIntake.Portal.Data;

namespace AdviceIntake.Portal.Features.Referrals;

public static class ReferralsServiceCollectionExtensions
{
    public static IServiceCollection AddReferrals(this IServiceCollection services) => services
        .AddTransient<ListCrisisLines>()
        .AddTransient<SeedNationalCrisisLines>()
        .AddTransient<IStartupStep>(sp => sp.GetRequiredService<SeedNationalCrisisLines>())
        .AddTransient<SearchDirectory>()
        .AddTransient<ChangeDirectoryEntry>()
        .AddTransient<ExportDirectory>()
        .AddTransient<ImportDirectory>();
}
