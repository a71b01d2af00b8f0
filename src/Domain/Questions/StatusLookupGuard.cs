namespace AdviceIntake.Domain.Questions;

/// <summary>
/// Counts failed status look-ups for one reference or one client: after <see cref="MaxFailures"/> failures within
/// <see cref="Window"/>, look-ups are refused until the window has passed.
/// </summary>
public sealed class StatusLookupGuard
{
    public const int MaxFailures = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private StatusLookupGuard(string key) => Key = key;

    /// <summary>The reference as typed (normalised), or the client's address.</summary>
    public string Key { get; private set; }

    public int Failures { get; private set; }

    public DateTimeOffset WindowStartedAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>Changes with every count, so two look-ups counting at once cannot both read the same count.</summary>
    public Guid Version { get; private set; }

    public static StatusLookupGuard For(string key) => new(key);

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && now < until;

    public void RecordFailure(DateTimeOffset now)
    {
        if (now - WindowStartedAt >= Window)
        {
            WindowStartedAt = now;
            Failures = 0;
            LockedUntil = null;
        }

        Failures++;
        if (Failures >= MaxFailures)
        {
            LockedUntil = now + Window;
        }

        Version = Guid.NewGuid();
    }

    /// <summary>
    /// An attempt counted before it was checked turned out right: it no longer counts. Attempts are counted first so
    /// that guesses sent all at once cannot each find the count below the limit.
    /// </summary>
    public void Forgive()
    {
        Failures = Math.Max(0, Failures - 1);
        if (Failures < MaxFailures)
        {
            LockedUntil = null;
        }

        Version = Guid.NewGuid();
    }
}
