using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Data;

/// <summary>
/// The same model as <see cref="PortalDbContext"/>; it exists so that PostgreSQL has a migration history of its own.
/// The running portal uses it only to migrate; every other operation goes through <see cref="PortalDbContext"/>.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
