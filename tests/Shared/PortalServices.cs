using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Hosting;
using AdviceIntake.Portal.Realtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AdviceIntake.Portal.Testing;

/// <summary>
/// The portal's own service registrations over a real SQLite file in a temporary folder, migrated and seeded as at
/// start-up, without a web host. Each instance has a fresh database, unless it is given a folder and settings to keep.
/// </summary>
public sealed class PortalServices : IAsyncDisposable
{
    private readonly string directory;
    private readonly bool ownsDirectory;
    private readonly IDictionary<string, string?> settings;

    /// <param name="settings">Settings over the test defaults, such as a test SMTP server's.</param>
    public PortalServices(TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
        : this(clock, Directory.CreateTempSubdirectory("adviceintake-unit-").FullName, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()))
    {
        ownsDirectory = true;
    }

    /// <param name="directory">The data folder (SQLite file and key ring), kept when this is disposed.</param>
    /// <param name="settings">Settings over the test defaults, such as the database provider.</param>
    public PortalServices(TimeProvider clock, string directory, IDictionary<string, string?> settings)
    {
        Clock = clock;
        this.directory = directory;
        this.settings = settings;
    }

    public TimeProvider Clock { get; }

    /// <summary>Adds the portal's services to a collection, such as bUnit's.</summary>
    public void AddTo(IServiceCollection services)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = directory,
            // Tests send many questions from one place; the limit has tests of its own.
            ["Intake:SubmissionsPerClient"] = "1000000",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        services.AddSingleton<IConfiguration>(configuration);
        var environment = new TestEnvironment(directory);
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddLogging();
        services.AddSingleton(Clock);
        services.AddPortalData(configuration, environment);
        services.AddQueueFeed(PortalDatabase.From(configuration, environment));
        services.AddPortalFeatures();
    }

    public static async Task<(PortalServices Portal, ServiceProvider Provider)> StartAsync(
        TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var portal = new PortalServices(clock, settings);
        var services = new ServiceCollection();
        portal.AddTo(services);
        var provider = services.BuildServiceProvider();
        await MigrateAndSeedAsync(provider);
        return (portal, provider);
    }

    public static async Task MigrateAndSeedAsync(IServiceProvider provider)
    {
        foreach (var startup in provider.GetServices<IHostedService>().OfType<DatabaseStartup>())
        {
            await startup.StartAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ownsDirectory)
        {
            Directory.Delete(directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = EnvironmentNames.Testing;

        public string ApplicationName { get; set; } = "AdviceIntake.Portal";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
