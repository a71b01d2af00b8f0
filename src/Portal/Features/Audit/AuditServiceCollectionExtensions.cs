namespace AdviceIntake.Portal.Features.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The tamper-evident trail of who read what and who changed which account, and its check.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>();
        services.AddTransient<VerifyAuditTrail>();
        services.AddTransient<ListAuditTrail>();
        return services;
    }
}
