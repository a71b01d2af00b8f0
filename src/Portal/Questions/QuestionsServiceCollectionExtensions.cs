namespace AdviceIntake.Portal.Questions;

/// <summary>What every feature that reads or writes a question shares: sealing and opening its confidential texts, and changing it safely.</summary>
public static class QuestionsServiceCollectionExtensions
{
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddOptions<ResponseTargetOptions>().BindConfiguration(ResponseTargetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<QuestionProtector>()
            .AddTransient<QuestionChanges>()
            .AddTransient<EraseQuestion>();
    }
}
