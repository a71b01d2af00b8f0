namespace AdviceIntake.Domain.Risk.Reading;

/// <summary>
/// A read-only map from 64-bit keys to values, by open addressing at half load. The lookups made at every word of a
/// question (a pair of words, a word's first letters, a feature's hash) are the hot path of an assessment, and this
/// finds a key in a few nanoseconds where a general dictionary takes several times as long (docs/performance.md).
/// </summary>
internal sealed class KeyTable<T>
    where T : class
{
    private readonly ulong[] keys;
    private readonly T?[] values;
    private readonly int shift;
    private readonly int mask;

    public KeyTable(IEnumerable<KeyValuePair<ulong, T>> entries)
    {
        var all = entries.ToList();
        var bits = Math.Max(4, 64 - ulong.LeadingZeroCount((ulong)all.Count * 2));
        keys = new ulong[1 << (int)bits];
        values = new T?[keys.Length];
        shift = 64 - (int)bits;
        mask = keys.Length - 1;
        foreach (var (key, value) in all)
        {
            var i = Place(key);
            while (values[i] is not null)
            {
                // Two entries with one key would make a lookup read one for the other: better to fail at start.
                if (keys[i] == key)
                {
                    throw new ArgumentException($"The key {key} is given twice.", nameof(entries));
                }

                i = (i + 1) & mask;
            }

            keys[i] = key;
            values[i] = value;
        }
    }

    public T? Find(ulong key)
    {
        var i = Place(key);
        while (values[i] is { } value)
        {
            if (keys[i] == key)
            {
                return value;
            }

            i = (i + 1) & mask;
        }

        return null;
    }

    /// <summary>Fibonacci hashing: the key's high bits after one multiplication, so keys that differ only low spread out.</summary>
    private int Place(ulong key) => (int)((key * 11400714819323198485UL) >> shift);
}
