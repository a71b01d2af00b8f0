using System.Collections.Concurrent;
using AdviceIntake.Domain.Questions;

namespace AdviceIntake.Portal.Features.Status;

/// <summary>
/// Failed status look-ups per client address, in memory. Each node counts its own clients; the per-reference count,
/// which is what protects a question, is kept in the database and shared by every node.
/// </summary>
public sealed class ClientLookupGuards
{
    // Beyond this many addresses, counts whose window has passed are dropped, so probing from many addresses
    // cannot grow the table without end.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, StatusLookupGuard> guards = new(StringComparer.Ordinal);

    internal int Count => guards.Count;

    public bool IsLocked(string client, DateTimeOffset now) => guards.TryGetValue(client, out var guard) && guard.IsLocked(now);

    public void RecordFailure(string client, DateTimeOffset now)
    {
        if (guards.Count > PruneAbove)
        {
            foreach (var (key, stale) in guards)
            {
                if (now - stale.WindowStartedAt >= StatusLookupGuard.Window && !stale.IsLocked(now))
                {
                    guards.TryRemove(key, out _);
                }
            }
        }

        var guard = guards.GetOrAdd(client, StatusLookupGuard.For);
        lock (guard)
        {
            guard.RecordFailure(now);
        }
    }
}
