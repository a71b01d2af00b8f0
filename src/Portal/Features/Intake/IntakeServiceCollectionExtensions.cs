using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Status;

namespace AdviceIntake.Portal.Features.Intake;

public static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
        .AddSingleton<SubmissionLimiter>()
        .AddSingleton<DraftLimiter>()
        .AddTransient<SealLegacyQuestionData>()
        .AddTransient<IStartupStep>(sp => sp.GetRequiredService<SealLegacyQuestionData>())
        .AddTransient<SubmitQuestion>()
        .AddSingleton<IntakeDrafts>()
        .AddTransient<PurgeExpiredDrafts>()
        .AddSingleton<HeadingFocus>()
        .AddSingleton<ClientLookupGuards>()
        .AddTransient<LookUpQuestionStatus>()
        .AddSingleton<DocumentLinks>()
        .AddTransient<ReadReleasedAnswer>()
        .AddTransient<DownloadDocument>();
    }
}
