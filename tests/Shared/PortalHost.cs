using System.Security.Cryptography;
using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Referrals;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Hosting;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Realtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Testing;

/// <summary>
/// The real portal on Kestrel on a loopback port, with a real database: an SQLite file in a temporary folder, or a
/// fresh PostgreSQL database. Tests share one host and call <see cref="ResetAsync"/> to start from a clean database.
/// </summary>
public class PortalHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Roles and the key ring survive a reset; everything else is emptied, and the national crisis lines seeded again.
    private static readonly HashSet<string> KeptTables =
        new(StringComparer.OrdinalIgnoreCase) { "__EFMigrationsHistory", "AspNetRoles", "DataProtectionKeys" };

    private readonly Dictionary<string, string?> settings;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("adviceintake-test-").FullName;
    private Uri? address;
    private bool ownsDatabase;

    protected PortalHost(DatabaseProvider provider, IDictionary<string, string?>? extraSettings = null)
    {
        Provider = provider;
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:DataDirectory"] = dataDirectory,
            ["Staff:RequireSecondFactor"] = "false",
            // Tests talk plain HTTP on loopback; the hosts that prove the HTTPS rules switch it back on.
            ["Transport:RequireHttps"] = "false",
            // Tests send many questions from one address; the limit has tests of its own.
            ["Intake:SubmissionsPerClient"] = "1000000",
            ["Intake:DraftsPerClient"] = "1000000",
            ["Staff:SignInAttemptsPerClient"] = "1000000",
            // Sessions are re-checked every second, so a test sees a disabled account's session end without waiting a minute.
            ["Staff:SessionRevalidationInterval"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            // Browser tests answer this address themselves; nothing leaves the machine.
            ["Public:QuickExitUrl"] = "https://neutral.example/weather",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The certificate the host made on first start to encrypt its key ring.</summary>
    public string KeyRingCertificatePath => Path.Combine(dataDirectory, KeyRingCertificate.GeneratedFileName);

    /// <summary>Where an SQLite host keeps its key ring.</summary>
    public string KeysDirectory => Path.Combine(dataDirectory, "keys");

    /// <summary>Every log line the portal wrote, to show what it does and does not write down.</summary>
    public CapturedLogs Logs { get; } = new();

    public Uri Address => address ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>The PostgreSQL database this host uses, for a second node to share it.</summary>
    public string? ConnectionString => settings.GetValueOrDefault($"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}");

    public virtual async ValueTask InitializeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql && ConnectionString is null)
        {
            settings[$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = await TestPostgres.CreateDatabaseAsync();
            ownsDatabase = true;
        }

        UseServer();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        address = new Uri(addresses.First());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase && ConnectionString is { } connection)
        {
            await TestPostgres.DropDatabaseAsync(connection);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Plain HTTP on a free loopback port; a host that needs TLS listens differently.</summary>
    protected virtual void UseServer() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentNames.Testing);
        // Outside Development the framework's and packages' assets are found through the build's manifest only if asked.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
    }

    /// <summary>Empties every table but the seeded reference data, so each test starts from the same database.</summary>
    public async Task ResetAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null)
            .Select(t => t.GetTableName()!)
            .Distinct()
            .Where(t => !KeptTables.Contains(t))
            .ToList();
        if (Provider == DatabaseProvider.PostgreSql)
        {
            // Table names come from the model, never from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"TRUNCATE {string.Join(", ", tables.Select(t => $"\"{t}\""))} CASCADE");
#pragma warning restore EF1002
        }
        else
        {
            // Foreign keys are switched off for the connection only while it empties the tables.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
            foreach (var table in tables)
            {
#pragma warning disable EF1002 // Table names come from the model, never from input.
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"");
#pragma warning restore EF1002
            }

            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
        }

        await Services.GetRequiredService<SeedNationalCrisisLines>().RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// A question as if it had arrived at <paramref name="submittedAt"/>: assessed, sealed and announced as the intake
    /// does it, but with its own arrival time, so a test can have questions that are already overdue.
    /// </summary>
    public async Task<Guid> AddQuestionAsync(
        string text, DateTimeOffset submittedAt, ScreeningAnswers? screening = null, Topic topic = Topic.Family, string title = "A question",
        string penName = "Test Writer")
    {
        var submission = QuestionSubmission.Create(screening ?? ScreeningAnswers.AllClear, topic, title, text,
            null, null, null, penName, null, null, false, false);
        var risk = RiskAssessor.Assess(submission.Screening, submission.Title, submission.Text);
        var question = Question.Receive(submission, risk, ReferenceCode.New(), "not-a-real-hash",
            Services.GetRequiredService<QuestionProtector>().Seal(submission), submittedAt,
            Services.GetRequiredService<IOptions<AdviceIntake.Portal.Questions.ResponseTargetOptions>>().Value.Targets);
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            db.Questions.Add(question);
            await db.SaveChangesAsync();
        }

        await Services.GetRequiredService<IQueueFeed>().PublishAsync(new QueueChange(QueueChangeKind.Received, question.Id, risk.Level));
        return question.Id;
    }

    /// <summary>Enrols a passkey for the account as the passkey page would store it; returns its credential id.</summary>
    public async Task<byte[]> AddPasskeyAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No account {userId}.");
        var credentialId = RandomNumberGenerator.GetBytes(32);
        var passkey = new UserPasskeyInfo(credentialId, RandomNumberGenerator.GetBytes(77), DateTimeOffset.UtcNow, 0, ["internal"],
            isUserVerified: true, isBackupEligible: false, isBackedUp: false, attestationObject: [0xa0], clientDataJson: "{}"u8.ToArray());
        var added = await users.AddOrUpdatePasskeyAsync(user, passkey);
        return added.Succeeded ? credentialId : throw new InvalidOperationException(string.Join(" ", added.Errors.Select(e => e.Description)));
    }

    /// <summary>Creates a staff account through the portal's own use case, as an Admin would.</summary>
    public Task<string> CreateStaffAsync(string email, string password, params string[] roles) =>
        CreateStaffAsync(email, password, roles.Contains(StaffRoles.Counselor) ? "Dana Reyes" : null, roles);

    /// <summary>A staff account with a profile under the given name, as therapists who supervise have.</summary>
    public async Task<string> CreateStaffAsync(string email, string password, string? displayName, string[] roles)
    {
        var create = Services.GetRequiredService<CreateStaffAccount>();
        var profile = displayName is not null
            ? new ProfileInput(displayName, "LMFT", "Marriage and family therapist in Ohio", "OH", new DateOnly(2030, 1, 1))
            : new ProfileInput(null, null, null, null, null);
        var result = await create.HandleAsync(TestCallers.Admin(), new CreateStaffAccount.Input(email, password, roles, profile));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Message)));
        }

        // As if the person had already replaced the Admin's password with their own; the first sign-in has tests of its own.
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(result.UserId!);
        user!.PasswordChangedByOwner();
        await users.UpdateAsync(user);
        return result.UserId!;
    }

    /// <summary>An account exactly as an Admin leaves it: the first password still to be changed.</summary>
    public async Task<string> CreateStaffWithFirstPasswordAsync(string email, string password, params string[] roles)
    {
        var result = await Services.GetRequiredService<CreateStaffAccount>().HandleAsync(TestCallers.Admin(),
            new CreateStaffAccount.Input(email, password, roles, new ProfileInput(null, null, null, null, null)));
        return result.Succeeded ? result.UserId! : throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Message)));
    }
}

public sealed class SqlitePortal() : PortalHost(DatabaseProvider.Sqlite);

public sealed class PostgresPortal() : PortalHost(DatabaseProvider.PostgreSql);

/// <summary>Another node of the same portal: its own process-like host and port, the first node's PostgreSQL database.</summary>
public sealed class SecondPostgresNode(PortalHost first) : PortalHost(DatabaseProvider.PostgreSql, new Dictionary<string, string?>
{
    [$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = first.ConnectionString,

    // Nodes share the key ring, so they share the certificate that encrypts it.
    [KeyRingCertificate.PathSetting] = first.KeyRingCertificatePath,
});
