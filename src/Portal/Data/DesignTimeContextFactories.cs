using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AdviceIntake.Portal.Data;

// The migration tools build these without starting the portal; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PortalDbContext>()
        .UseApplicationServiceProvider(IdentitySchema.Services).UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresPortalDbContext>()
        .UseApplicationServiceProvider(IdentitySchema.Services).UseNpgsql("Host=localhost;Database=design_time").Options);
}

/// <summary>
/// Identity chooses its tables from IdentityOptions found in the application's services; outside the running portal
/// these few services say the same as the portal does (Version3, with passkeys), so migrations match it.
/// </summary>
internal static class IdentitySchema
{
    public static readonly IServiceProvider Services = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
