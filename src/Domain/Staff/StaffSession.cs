namespace AdviceIntake.Domain.Staff;

/// <summary>How long a staff sign-in lasts: ended by inactivity, and in any case after a fixed time.</summary>
/// <param name="IdleTimeout">Without a keystroke, click or page load for this long, the session ends.</param>
/// <param name="AbsoluteLifetime">However active, the session ends this long after signing in.</param>
/// <param name="Warning">How long before the end the person is warned, and may stay signed in.</param>
public sealed record SessionLimits(TimeSpan IdleTimeout, TimeSpan AbsoluteLifetime, TimeSpan Warning)
{
    public static readonly SessionLimits Default = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(12), TimeSpan.FromMinutes(1));

    /// <summary>
    /// Activity closer together than this is not written down again, so the end moves by at most this much less than
    /// it could: half a minute, or a twentieth of a short idle timeout.
    /// </summary>
    public TimeSpan ActivityResolution => IdleTimeout / 20 < TimeSpan.FromSeconds(30) ? IdleTimeout / 20 : TimeSpan.FromSeconds(30);
}

/// <summary>
/// One staff sign-in, kept on the server so that it ends on time on every node and in every open page, whatever the
/// browser's cookie says. Only what the person does counts as activity: pages refreshing themselves do not.
/// </summary>
public sealed class StaffSession
{
    private StaffSession()
    {
        UserId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>Set when the person signed out, or when the session was found to have run out.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public static StaffSession Start(string userId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return new StaffSession { Id = Guid.CreateVersion7(now), UserId = userId, StartedAt = now, LastActivityAt = now };
    }

    /// <summary>When the session ends if nothing more is done.</summary>
    public DateTimeOffset EndsAt(SessionLimits limits) =>
        EndedAt ?? Min(LastActivityAt + limits.IdleTimeout, StartedAt + limits.AbsoluteLifetime);

    public bool IsOpen(SessionLimits limits, DateTimeOffset now) => EndedAt is null && now < EndsAt(limits);

    /// <summary>Whether the end is the fixed one, which activity cannot move.</summary>
    public bool EndsByLifetime(SessionLimits limits) => StartedAt + limits.AbsoluteLifetime <= LastActivityAt + limits.IdleTimeout;

    /// <summary>The person did something; false when nothing needed writing down (too soon, or already ended).</summary>
    public bool Touch(SessionLimits limits, DateTimeOffset now)
    {
        if (!IsOpen(limits, now) || now - LastActivityAt < limits.ActivityResolution)
        {
            return false;
        }

        LastActivityAt = now;
        return true;
    }

    public void End(DateTimeOffset now) => EndedAt ??= now;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
