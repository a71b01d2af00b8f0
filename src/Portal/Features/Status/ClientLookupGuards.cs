using System.Collections.Concurrent;
using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>
/// Failed status look-ups per client address, in memory. Each node counts its own clients; the per-reference count,
/// which is what protects a question, is kept in the database and shared by every node.
/// </summary>
public sealed class ClientLookupGuards
{
    private readonly ConcurrentDictionary<string, StatusLookupGuard> guards = new(StringComparer.Ordinal);

    public bool IsLocked(string client, DateTimeOffset now) => guards.TryGetValue(client, out var guard) && guard.IsLocked(now);

    public void RecordFailure(string client, DateTimeOffset now)
    {
        var guard = guards.GetOrAdd(client, StatusLookupGuard.For);
        lock (guard)
        {
            guard.RecordFailure(now);
        }
    }
}
