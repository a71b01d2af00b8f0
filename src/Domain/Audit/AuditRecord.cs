using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AdviceIntake.Domain.Audit;

/// <summary>
/// One row of the audit trail. Rows are numbered without gaps and each carries a hash of its own content and of the
/// row before it, so editing, inserting or deleting a row breaks the chain from that row on (see <see cref="AuditChain"/>).
/// Nothing confidential goes in: no question text, no pen names, no typed passwords or addresses.
/// </summary>
public sealed class AuditRecord
{
    public const int DetailMaxLength = 200;

    /// <summary>What the first row names as the row before it.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AuditRecord()
    {
    }

    /// <summary>The row's place in the trail, from 1, without gaps.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>What happened, by the name it is stored under; the hash covers this name exactly as stored.</summary>
    public string ActionName { get; private set; } = string.Empty;

    /// <summary>What happened; none when the stored name is not one the portal writes (the row was changed).</summary>
    public AuditAction? Action =>
        Enum.TryParse<AuditAction>(ActionName, ignoreCase: false, out var action) && action.ToString() == ActionName ? action : null;

    /// <summary>The staff member who did it; none for a failed sign-in to an address with no account.</summary>
    public string? ActorId { get; private set; }

    /// <summary>What it was done to: the account changed, or the question read.</summary>
    public string? SubjectId { get; private set; }

    /// <summary>Words that are not confidential, such as a case reference or "wrong password".</summary>
    public string? Detail { get; private set; }

    public string PreviousHash { get; private set; } = GenesisHash;

    public string Hash { get; private set; } = GenesisHash;

    /// <summary>The row that follows <paramref name="last"/>, the newest row of the trail (none when it is empty).</summary>
    public static AuditRecord After(
        AuditRecord? last, AuditAction action, DateTimeOffset at, string? actorId, string? subjectId = null, string? detail = null)
    {
        if (detail is { Length: > DetailMaxLength })
        {
            throw new ArgumentOutOfRangeException(nameof(detail), $"An audit detail is at most {DetailMaxLength} characters.");
        }

        var record = new AuditRecord
        {
            Sequence = (last?.Sequence ?? 0) + 1,
            // Whole milliseconds: neither database keeps every tick (SQLite's stored form is coarser than PostgreSQL's
            // microseconds), and the hash must match what is read back.
            At = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            ActionName = action.ToString(),
            ActorId = actorId,
            SubjectId = subjectId,
            Detail = detail,
            PreviousHash = last?.Hash ?? GenesisHash,
        };
        record.Hash = record.ComputeHash();
        return record;
    }

    /// <summary>The hash this row's content and link call for; a row whose stored hash differs was changed.</summary>
    public string ComputeHash()
    {
        // Each field is written with its length, so no two different rows can read as the same text.
        var text = new StringBuilder();
        foreach (var field in new[]
                 {
                     Sequence.ToString(CultureInfo.InvariantCulture), At.UtcTicks.ToString(CultureInfo.InvariantCulture),
                     At.Offset.Ticks.ToString(CultureInfo.InvariantCulture), ActionName, ActorId, SubjectId, Detail, PreviousHash,
                 })
        {
            text.Append(field?.Length.ToString(CultureInfo.InvariantCulture) ?? "-").Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
