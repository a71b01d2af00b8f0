using System.Data.Common;

namespace AdviceIntake.Portal.Features.Audit;

/// <summary>
/// <c>Portal verify-audit [hash noted earlier]</c>: checks the audit trail against the database the configuration names
/// (and, given the newest row's hash from an earlier check, that it is still there), prints the result
/// and exits 0 when the trail is whole, 1 when it is not, 2 when it cannot be read. For a cron job or an auditor; the
/// portal does not start, and nothing is written.
/// </summary>
public static class AuditCommand
{
    public const string Name = "verify-audit";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var noted = args is [_, var given, ..] ? given : null;
        if (noted is not null && !System.Text.RegularExpressions.Regex.IsMatch(noted, "^[0-9a-fA-F]{64}$"))
        {
            await output.WriteLineAsync($"Usage: {Name} [the newest row's hash from an earlier check: 64 hexadecimal characters]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        VerifyAuditTrail.Result result;
        try
        {
            result = await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().HandleAsync(noted);
        }
        catch (DbException e)
        {
            await output.WriteLineAsync($"The audit trail could not be read: {e.Message} Start the portal once against this database so that it is brought up to date, then check again.");
            return 2;
        }

        await output.WriteLineAsync(result.Intact
            ? $"Audit trail intact: {result.RowsChecked:N0} rows. Newest row's hash: {result.HeadHash}"
            : $"Audit trail broken after {result.RowsChecked:N0} good rows. {result.Problem}");
        return result.Intact ? 0 : 1;
    }
}
