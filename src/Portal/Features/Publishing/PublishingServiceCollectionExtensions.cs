namespace AdviceIntake.Portal.Features.Publishing;

public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddOptions<PublishingOptions>()
            .BindConfiguration(PublishingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddSingleton<ArticleProtector>()
            .AddSingleton<CommentLimiter>()
            .AddTransient<ArticleChanges>()
            .AddTransient<PrepareArticle>()
            .AddTransient<FindQuestionArticle>()
            .AddTransient<LoadArticle>()
            .AddTransient<SaveArticle>()
            .AddTransient<PublishArticle>()
            .AddTransient<UnpublishArticle>()
            .AddTransient<ListArticles>()
            .AddTransient<ReadAdvice>()
            .AddTransient<PostComment>()
            .AddTransient<ListComments>()
            .AddTransient<ModerateComment>()
            .AddTransient<WithdrawPublicationConsent>()
            .AddTransient<EraseCommentEmails>();
    }
}
