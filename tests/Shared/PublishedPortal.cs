using System.Diagnostics;

namespace AdviceIntake.Portal.Testing;

/// <summary>
/// The portal as <c>dotnet publish</c> lays it out for a deployment, made from the current build when it is missing or
/// older than the build. One test process publishes at a time, and only once; a lock file keeps two test processes
/// from publishing over each other.
/// </summary>
public static class PublishedPortal
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static string? published;

    public static async Task<string> PathAsync()
    {
        await Once.WaitAsync();
        try
        {
            return published ??= await PublishAsync();
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task<string> PublishAsync()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var built = Path.Combine(repository, "src", "Portal", "bin", configuration, "net10.0", "Portal.dll");
        var output = Path.Combine(repository, "src", "Portal", "bin", configuration, "published");
        var dll = Path.Combine(output, "Portal.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await using var exclusive = await LockAsync(output + ".lock");
        // A change to a stylesheet or script alone leaves Portal.dll as it was; the static assets' manifest shows it.
        var builtAt = new[] { built, Path.ChangeExtension(built, ".staticwebassets.endpoints.json") }
            .Where(File.Exists).Max(File.GetLastWriteTimeUtc);
        if (File.Exists(dll) && File.GetLastWriteTimeUtc(output + ".stamp") >= builtAt)
        {
            return dll;
        }

        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", Path.Combine(repository, "src", "Portal"), "--no-build", "-c", configuration, "-o", output, "-v", "q", "--nologo" })
        {
            info.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(info)!;
        var errors = publish.StandardError.ReadToEndAsync();
        var said = await publish.StandardOutput.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0 || !File.Exists(dll))
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):{Environment.NewLine}{said}{await errors}");
        }

        // A publish leaves out the repository's development settings (demo passwords); a trial in Development adds them
        // back, as deploy/run-local.sh does.
        File.Copy(Path.Combine(repository, "appsettings.Development.json"), Path.Combine(output, "appsettings.Development.root.json"), overwrite: true);
        await File.WriteAllTextAsync(output + ".stamp", DateTimeOffset.UtcNow.ToString("O"));
        return dll;
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(500);
            }
        }
    }
}
