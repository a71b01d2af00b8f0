using AdviceIntake.Domain.Staff;
using AdviceIntake.Portal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Staff;

/// <summary>
/// Staff sessions kept in the database: started at sign-in, moved on by what the person does, ended at sign-out or
/// when they run out. Every node and every open page asks here, so a session ends everywhere at once.
/// </summary>
public sealed class StaffSessions(IDbContextFactory<PortalDbContext> contexts, IOptionsMonitor<StaffOptions> options, TimeProvider clock)
{
    /// <param name="IsOpen">Whether the session may still be used.</param>
    /// <param name="EndsAt">When it ends if nothing more is done.</param>
    /// <param name="EndsByLifetime">The end is the fixed one, which staying active cannot move.</param>
    public sealed record State(bool IsOpen, DateTimeOffset EndsAt, bool EndsByLifetime)
    {
        public static readonly State Closed = new(false, DateTimeOffset.MinValue, false);
    }

    public SessionLimits Limits => options.CurrentValue.SessionLimits;

    public async Task<Guid> StartAsync(string userId, CancellationToken cancellationToken = default)
    {
        var session = StaffSession.Start(userId, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>The session as it stands; closed when it is not this account's, or no longer exists.</summary>
    public async Task<State> CheckAsync(Guid sessionId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.StaffSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        return StateOf(session, userId);
    }

    /// <summary>The person did something: the idle clock starts again (written at most every half minute).</summary>
    public async Task<State> TouchAsync(Guid sessionId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is not null && session.UserId == userId && session.Touch(Limits, clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return StateOf(session, userId);
    }

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is { EndedAt: null } session)
        {
            session.End(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private State StateOf(StaffSession? session, string userId)
    {
        var limits = Limits;
        return session is null || session.UserId != userId || !session.IsOpen(limits, clock.GetUtcNow())
            ? State.Closed
            : new State(true, session.EndsAt(limits), session.EndsByLifetime(limits));
    }
}
