namespace AdviceIntake.Portal.Features.Escalations;

public static class EscalationsServiceCollectionExtensions
{
    public static IServiceCollection AddEscalations(this IServiceCollection services)
    {
        services.AddOptions<OnCallOptions>().BindConfiguration(OnCallOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddTransient<OnCallSupervisors>()
            .AddTransient<NotifyOnCall>()
            .AddTransient<EscalateOverdueQuestions>();
    }
}
