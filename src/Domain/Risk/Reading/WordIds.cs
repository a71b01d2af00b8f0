using System.Collections.Concurrent;

namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// A number for every word the lexicon names. A question's words are looked up once when it is read, and every slot
/// then compares numbers, which is what keeps a long question within the time budget (docs/performance.md).
/// </summary>
internal static class WordIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int last;

    public const int Unknown = -1;

    /// <summary>One more than the highest number given so far.</summary>
    public static int Count => Volatile.Read(ref last) + 1;

    public static int Of(string word) => Ids.GetOrAdd(word, _ => Interlocked.Increment(ref last));

    public static int Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var id) ? id : Unknown;
}
