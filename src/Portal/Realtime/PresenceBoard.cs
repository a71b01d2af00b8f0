using System.Collections.Concurrent;

namespace AdviceIntake.Portal.Realtime;

/// <summary>
/// Who is on which case now, as this node has heard it from the feed. An open case page says so again every
/// <see cref="Heartbeat"/>, so a page that vanished without saying goodbye (a node that stopped, a lost connection)
/// drops off after <see cref="Expiry"/>.
/// </summary>
public sealed class PresenceBoard(TimeProvider clock)
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(40);

    private readonly ConcurrentDictionary<string, Entry> pages = new();

    public sealed record Person(string StaffId, string DisplayName, PresenceMode Mode);

    internal void Apply(QueueChange change)
    {
        if (change.Presence is not { } signal)
        {
            return;
        }

        if (signal.Mode == PresenceMode.Left)
        {
            pages.TryRemove(signal.PageId, out _);
        }
        else
        {
            pages[signal.PageId] = new Entry(change.QuestionId, signal, clock.GetUtcNow());
        }

        Prune();
    }

    /// <summary>The people on a case, each once: writing if any of their pages is writing.</summary>
    public IReadOnlyList<Person> On(Guid questionId) => OnCases([questionId]).GetValueOrDefault(questionId, []);

    /// <summary>The people on each of the given cases that has anyone on it.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Person>> OnCases(IReadOnlyCollection<Guid> questionIds)
    {
        var freshSince = clock.GetUtcNow() - Expiry;
        return pages.Values
            .Where(e => e.HeardAt >= freshSince && questionIds.Contains(e.QuestionId))
            .GroupBy(e => e.QuestionId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<Person>)g.GroupBy(e => e.Signal.StaffId)
                    .Select(p => new Person(p.Key, p.First().Signal.DisplayName,
                        p.Any(e => e.Signal.Mode == PresenceMode.Writing) ? PresenceMode.Writing : PresenceMode.Viewing))
                    .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)
                    .ToList());
    }

    // Pages not heard from in a while are forgotten, so the board does not grow for ever.
    private void Prune()
    {
        var freshSince = clock.GetUtcNow() - Expiry;
        foreach (var (pageId, entry) in pages)
        {
            if (entry.HeardAt < freshSince)
            {
                pages.TryRemove(pageId, out _);
            }
        }
    }

    private sealed record Entry(Guid QuestionId, PresenceSignal Signal, DateTimeOffset HeardAt);
}
