namespace AdviceIntake.Portal.Features.FollowUps;

public static class FollowUpsServiceCollectionExtensions
{
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddOptions<FollowUpsOptions>().BindConfiguration(FollowUpsOptions.Section);
        return services
            .AddTransient<DispatchDueFollowUps>()
            .AddTransient<StopContact>()
            .AddTransient<ChangeFollowUp>()
            .AddTransient<ListDueChecks>();
    }
}
