using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AdviceIntake.Portal.EndToEnd.Operations;

/// <summary>
/// A PostgreSQL server of one test's own, so the test can stop and start it under a running portal without touching the
/// server every other test shares. As root it runs as the postgres user, which PostgreSQL requires.
/// </summary>
internal sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly DirectoryInfo root;
    private readonly int port;

    private OwnPostgres(string bin, DirectoryInfo root, int port)
    {
        this.bin = bin;
        this.root = root;
        this.port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=5";

    public static async Task<OwnPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed; ./test.sh installs it.");
        var root = Directory.CreateTempSubdirectory("adviceintake-own-pg-");
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", root.FullName);
        }

        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var server = new OwnPostgres(bin, root, port);
        await server.AsPostgresAsync("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
        await server.StartAgainAsync();
        return server;
    }

    private string Data => Path.Combine(root.FullName, "data");

    /// <summary>A fast stop, as a restart or an upgrade does it: open connections are ended.</summary>
    public Task StopAsync() => AsPostgresAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public Task StartAgainAsync() => AsPostgresAsync("pg_ctl", "-D", Data, "-l", Path.Combine(root.FullName, "server.log"), "-w", "-o",
        $"-p {port} -k {root.FullName} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public async ValueTask DisposeAsync()
    {
        await AsPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "stop").ContinueWith(_ => { }, TaskScheduler.Default);
        root.Delete(recursive: true);
    }

    private Task AsPostgresAsync(string program, params string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments])
        : RunAsync(Path.Combine(bin, program), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
