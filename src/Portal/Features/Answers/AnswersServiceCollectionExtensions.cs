using AdviceIntake.Portal.Documents;

namespace AdviceIntake.Portal.Features.Answers;

public static class AnswersServiceCollectionExtensions
{
    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        services.AddOptions<LettersOptions>().BindConfiguration(LettersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<LetterDocuments>()
            .AddTransient<ComposeLetters>()
            .AddTransient<LoadAnswerDesk>()
            .AddTransient<StartAnswer>()
            .AddTransient<SaveAnswerDraft>()
            .AddTransient<SubmitAnswer>()
            .AddTransient<ReturnAnswer>()
            .AddTransient<ApproveAnswer>()
            .AddTransient<ReleaseAnswer>()
            .AddTransient<EmailLetter>()
            .AddTransient<ChangeReferrals>()
            .AddTransient<OpenDocument>()
            .AddTransient<ListSnippets>()
            .AddTransient<SaveSnippet>();
    }
}
