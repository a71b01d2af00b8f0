namespace AdviceIntake.Portal.Features.Triage;

public static class TriageServiceCollectionExtensions
{
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.AddOptions<TriageOptions>()
            .BindConfiguration(TriageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddTransient<LoadQueue>()
            .AddTransient<TakeNextQuestion>()
            .AddTransient<ClaimQuestion>()
            .AddTransient<ReleaseQuestion>()
            .AddTransient<ReassignQuestion>()
            .AddTransient<OverrideQuestionRisk>()
            .AddTransient<FlagForSupervisor>()
            .AddScoped<QueueMemory>()
            .AddTransient<OpenCase>()
            .AddTransient<AddCaseNote>()
            .AddTransient<CheckArrivalSpike>()
            .AddTransient<CrisisProtocol>()
            .AddTransient<ListEscalations>();
    }
}
