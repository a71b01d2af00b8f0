namespace AdviceIntake.Portal.Features.BackgroundWork;

public static class BackgroundWorkServiceCollectionExtensions
{
    public static IServiceCollection AddBackgroundWork(this IServiceCollection services) => services
        .AddTransient<LoadBackgroundWork>()
        .AddTransient<RetryEmail>();
}
