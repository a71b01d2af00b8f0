namespace AdviceIntake.Portal.Features.Audit;

/// <summary>
/// <c>Portal verify-audit</c>: checks the audit trail against the database the configuration names, prints the result
/// and exits 0 when the trail is whole, 1 when it is not. For a cron job or an auditor; the portal does not start.
/// </summary>
public static class AuditCommand
{
    public const string Name = "verify-audit";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().HandleAsync();
        await output.WriteLineAsync(result.Intact
            ? $"Audit trail intact: {result.RowsChecked:N0} rows. Newest row's hash: {result.HeadHash}"
            : $"Audit trail broken after {result.RowsChecked:N0} good rows. {result.Problem}");
        return result.Intact ? 0 : 1;
    }
}
