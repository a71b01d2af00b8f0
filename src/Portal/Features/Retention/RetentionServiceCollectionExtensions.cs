namespace AdviceIntake.Portal.Features.Retention;

public static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services) => services.AddTransient<RetentionSweep>();
}
