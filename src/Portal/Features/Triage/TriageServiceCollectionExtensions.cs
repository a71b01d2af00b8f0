namespace AdviceIntake.Portal.Features.Triage;

public static class TriageServiceCollectionExtensions
{
    public static IServiceCollection AddTriage(this IServiceCollection services) => services
        .AddTransient<TakeNextQuestion>();
}
