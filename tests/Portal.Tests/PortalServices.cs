using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Home;
using AdviceIntake.Portal.Features.Referrals;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AdviceIntake.Portal.Tests;

/// <summary>
/// The portal's own service registrations over a real SQLite file in a temporary folder, migrated and seeded as at
/// start-up; only the clock is fake. Each test gets a fresh database.
/// </summary>
public sealed class PortalServices : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("adviceintake-unit-").FullName;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Adds the portal's services to a collection, such as bUnit's.</summary>
    public void AddTo(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = directory,
        }).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(directory));
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddPortalData(configuration, directory);
        services.AddHome();
        services.AddStaff();
        services.AddReferrals();
    }

    public static async Task<(PortalServices Portal, ServiceProvider Provider)> StartAsync()
    {
        var portal = new PortalServices();
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
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "AdviceIntake.Portal";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
