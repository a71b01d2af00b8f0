using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AdviceIntake.Portal.Testing;

/// <summary>
/// The portal as an operator runs it: its own process (the built Portal.dll) on a loopback port, with settings given as
/// environment variables, that a test can kill with SIGKILL.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> lastLines = new();
    private bool disposed;

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    /// <param name="published">Run the published portal (<c>dotnet publish</c>), as a deployment does, rather than the build output.</param>
    public static async Task<PortalProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?> settings, bool published = false)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var portal = published ? await PublishedPortal.PathAsync() : PortalPath();
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(portal)!,
        };
        info.ArgumentList.Add(portal);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Database__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info)!;
        var started = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await started.WaitUntilReadyAsync();
        return started;
    }

    /// <summary>SIGTERM, as systemd or an operator stops a node: it finishes what it has and exits.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The exit code once the process has ended by itself, within <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or the kernel's out-of-memory killer would.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, lastLines);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lastLines.Enqueue(line);
        while (lastLines.Count > 400 && lastLines.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal process ended at start-up with exit code {process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The portal process did not become ready within a minute:{Environment.NewLine}{Output}");
    }

    // The portal's own build output, in the same configuration as the tests.
    private static string PortalPath()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Portal", "bin", configuration, "net10.0", "Portal.dll"));
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Portal first.", path);
    }
}
