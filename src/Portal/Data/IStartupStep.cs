namespace AdviceIntake.Portal.Data;

/// <summary>
/// Something a feature puts into the database once it is migrated, before the first request: roles, reference data,
/// repairs of older rows. Each feature registers its own; <see cref="DatabaseStartup"/> runs them in <see cref="Order"/>.
/// </summary>
public interface IStartupStep
{
    /// <summary>Lower runs first; steps that depend on others (demo accounts on roles) come later.</summary>
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
