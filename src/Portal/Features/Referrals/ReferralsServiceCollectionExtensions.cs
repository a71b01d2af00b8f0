namespace AdviceIntake.Portal.Features.Referrals;

public static class ReferralsServiceCollectionExtensions
{
    public static IServiceCollection AddReferrals(this IServiceCollection services) => services
        .AddTransient<SeedNationalCrisisLines>()
        .AddTransient<ListCrisisLines>();
}
