namespace AdviceIntake.Portal.Features.Home;

public static class HomeServiceCollectionExtensions
{
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddOptions<PublicOptions>()
            .BindConfiguration(PublicOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
