using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdviceIntake.Portal.Data;

/// <summary>
/// Every SQLite connection waits for the disk before a commit returns (synchronous FULL, also in WAL mode), so a
/// question whose reference was shown survives the process being killed, or the machine losing power, a moment later.
/// Deleted content is overwritten in the file (secure_delete), so an erased question's old ciphertext is not left in
/// free pages beside the key ring.
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    private const string Full = "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Full;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Full;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
