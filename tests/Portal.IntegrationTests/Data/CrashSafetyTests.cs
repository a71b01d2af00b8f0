using System.Diagnostics;
using System.Text.RegularExpressions;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.IntegrationTests.Data;

/// <summary>
/// Five hundred questions sent by a process that is killed with SIGKILL at random moments (most of them in the middle
/// of a submission) and started again: every question whose reference it had shown is in the database and opens to
/// the words that were sent. The sending process is tests/CrashLoad, which runs the portal's own submission use case.
/// </summary>
public sealed partial class CrashSafetyTests
{
    private const int Submissions = 500;

    [Fact]
    public async Task On_sqlite_every_question_whose_reference_was_shown_survives_the_process_being_killed()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-crash-").FullName;
        try
        {
            await SendThroughCrashesAsync(directory, connectionString: null);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task On_postgresql_every_question_whose_reference_was_shown_survives_the_process_being_killed()
    {
        var directory = Directory.CreateTempSubdirectory("adviceintake-crash-").FullName;
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await SendThroughCrashesAsync(directory, connectionString);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task SendThroughCrashesAsync(string directory, string? connectionString)
    {
        var random = new Random(20261130);
        var shown = new List<(string Reference, string Text)>();
        var kills = 0;
        while (shown.Count < Submissions)
        {
            using var process = StartSender(directory, connectionString);
            Assert.Equal("ready", await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken));
            var killAt = Math.Min(Submissions, shown.Count + random.Next(5, 80));
            while (shown.Count < killAt && await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
            {
                shown.Add(Parse(line) ?? throw new InvalidOperationException($"Unexpected output: {line}"));
            }

            // Mostly in the middle of the next submission, sometimes between two.
            await Task.Delay(random.Next(0, 15), TestContext.Current.CancellationToken);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            kills++;

            // Lines written before the kill were shown too; a line cut off by the kill was not.
            var rest = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            shown.AddRange(rest.Split('\n').Select(Parse).OfType<(string, string)>());
        }

        Assert.True(kills >= 6, $"Only {kills} kills.");
        await AssertAllKeptAsync(directory, connectionString, shown);
    }

    private static async Task AssertAllKeptAsync(string directory, string? connectionString, List<(string Reference, string Text)> shown)
    {
        var settings = new Dictionary<string, string?>();
        if (connectionString is not null)
        {
            settings["Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Portal"] = connectionString;
        }

        await using var portal = new PortalServices(TimeProvider.System, directory, settings);
        var services = new ServiceCollection();
        portal.AddTo(services);
        await using var provider = services.BuildServiceProvider();
        await PortalServices.MigrateAndSeedAsync(provider);
        var protector = provider.GetRequiredService<QuestionProtector>();
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var stored = await db.Questions.AsNoTracking().ToDictionaryAsync(q => q.Reference.Value, TestContext.Current.CancellationToken);

        var missing = shown.Where(s => !stored.ContainsKey(s.Reference.Replace("-", string.Empty, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {shown.Count} shown references are missing, such as {missing.FirstOrDefault().Reference}");
        Assert.All(shown, s => Assert.Equal(s.Text, protector.OpenText(stored[s.Reference.Replace("-", string.Empty, StringComparison.Ordinal)].Sealed)));
        Assert.True(stored.Count >= shown.Count);
    }

    private static Process StartSender(string directory, string? connectionString)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(SenderPath());
        info.ArgumentList.Add(directory);
        if (connectionString is not null)
        {
            info.ArgumentList.Add(connectionString);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    // Built beside this project by the reference in its project file, in the same configuration.
    private static string SenderPath()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "CrashLoad", "bin", configuration, "net10.0", "CrashLoad.dll"));
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/CrashLoad first.", path);
    }

    private static (string Reference, string Text)? Parse(string line)
    {
        var match = ShownLine().Match(line.TrimEnd('\r'));
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    [GeneratedRegex(@"^([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}) (Question [0-9a-f]{32}: .* I miss her\.)$")]
    private static partial Regex ShownLine();
}
