using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Portal";

    /// <summary>
    /// The database and the Data Protection key ring, both chosen by <c>Database:Provider</c>: an SQLite file with keys
    /// on disk by default, or PostgreSQL for both. The key ring
    /// is encrypted at rest with <see cref="KeyRingCertificate"/> wherever it is kept.
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var database = PortalDatabase.From(configuration, environment);
        var dataDirectory = database.DataDirectory;
        services.AddSingleton(database);
        services.AddDbContextFactory<PortalDbContext>(database.Configure);

        // Registered before Data Protection's own start-up work, which reads the key ring from the migrated database.
        services.AddHostedService<DatabaseStartup>();

        var dataProtection = services.AddDataProtection().SetApplicationName("AdviceIntake");
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Every node must read the same key ring, or a cookie issued by one node is refused by another.
            dataProtection.PersistKeysToDbContext<PortalDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        }

        // The certificate is also named for decryption, so keys open without it being in a machine's certificate store.
        var certificate = KeyRingCertificate.Load(configuration, environment, dataDirectory);
        dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);

        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: [Hosting.HealthEndpoint.ReadyTag]);
        return services;
    }
}

/// <summary>
/// The chosen provider and its connection string, so that startup can migrate with the right history, and the data
/// folder the embedded default keeps its files in.
/// </summary>
public sealed record PortalDatabase(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    private readonly SqliteWriteGate writeGate = new();
    private readonly SqliteDurability durability = new();

    /// <summary>The database configuration names; every part that depends on the provider reads it from here.</summary>
    public static PortalDatabase From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataDirectory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        var connectionString = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName);
        return new PortalDatabase(options.Provider, ResolveConnectionString(options.Provider, connectionString, dataDirectory), dataDirectory);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString).AddInterceptors(writeGate, durability);
        }
    }

    private static string ResolveConnectionString(DatabaseProvider provider, string? configured, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                $"Database:Provider is PostgreSql but ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName} is empty. " +
                "Set it, for example ConnectionStrings__Portal=\"Host=127.0.0.1;Database=adviceintake;Username=...;Password=...\".");
        }

        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, "adviceintake.db")}";
    }

    /// <summary>A context whose migration history matches the provider: PostgreSQL's migrations live on the derived type.</summary>
    /// <remarks>
    /// Identity takes its table set (Version3 has passkeys) from IdentityOptions in the application's services,
    /// so the context is given them; without them it would build, and migrate to, an older schema.
    /// </remarks>
    public PortalDbContext CreateMigrationContext(IServiceProvider applicationServices) => Provider == DatabaseProvider.PostgreSql
        ? new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>()
            .UseApplicationServiceProvider(applicationServices).UseNpgsql(ConnectionString).Options)
        : new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseApplicationServiceProvider(applicationServices).UseSqlite(ConnectionString).Options);
}
