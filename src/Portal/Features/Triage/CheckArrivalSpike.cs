using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Triage;

/// <summary>
/// Whether far more questions than usual arrived lately, counted in the database so every node agrees: the alarm a
/// supervisor sees when the queue may be flooded with made-up questions.
/// </summary>
public sealed class CheckArrivalSpike(IDbContextFactory<PortalDbContext> contexts, IOptions<TriageOptions> options, TimeProvider clock)
{
    public sealed record Spike(int Arrivals, TimeSpan Window);

    /// <summary>The spike, for a supervisor; none when arrivals are ordinary or the viewer does not supervise.</summary>
    public async Task<Spike?> HandleAsync(StaffMember viewer, CancellationToken cancellationToken = default)
    {
        if (!viewer.IsSupervisor)
        {
            return null;
        }

        var settings = options.Value;
        var since = clock.GetUtcNow() - settings.SpikeWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var arrivals = await db.Questions.CountAsync(q => q.SubmittedAt >= since, cancellationToken);
        return arrivals >= settings.SpikeThreshold ? new Spike(arrivals, settings.SpikeWindow) : null;
    }
}
