namespace AdviceIntake.Portal.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>Every email the service sends: written to the outbox first, then delivered by a job (decision 11).</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<MailDelivery>()
            .AddSingleton<StopContactLinks>()
            .AddSingleton<PersonEmails>()
            .AddSingleton<StaffEmails>()
            .AddTransient<ComposeOwedEmail>()
            .AddTransient<DeliverEmail>()
            .AddTransient<OweStaffEmails>()
            .AddTransient<DeliverPendingEmails>();
    }
}
