using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AdviceIntake.Portal.EndToEnd.Operations;

/// <summary>
/// Debian's nginx with the reference deployment's own configuration (deploy/nginx/local.conf.template) in front of two
/// portal nodes on loopback, as deploy/run-local.sh starts it.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process process;
    private readonly DirectoryInfo prefix;

    private NginxProxy(Process process, DirectoryInfo prefix, Uri address)
    {
        this.process = process;
        this.prefix = prefix;
        Address = address;
    }

    public Uri Address { get; }

    public string ErrorLog => File.Exists(Path.Combine(prefix.FullName, "error.log")) ? File.ReadAllText(Path.Combine(prefix.FullName, "error.log")) : string.Empty;

    public static async Task<NginxProxy> StartAsync(int nodeA, int nodeB)
    {
        var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var prefix = Directory.CreateTempSubdirectory("adviceintake-nginx-");

        // Started as root, nginx's workers run as an unprivileged user and must reach their temporary folders.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(prefix.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var port = FreePort();
        var configuration = (await File.ReadAllTextAsync(Path.Combine(repository, "deploy", "nginx", "local.conf.template")))
            .Replace("{{PREFIX}}", prefix.FullName, StringComparison.Ordinal)
            .Replace("{{LISTEN}}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{NODE_A}}", nodeA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{NODE_B}}", nodeB.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{DEPLOY}}", Path.Combine(repository, "deploy"), StringComparison.Ordinal);
        var file = Path.Combine(prefix.FullName, "nginx.conf");
        await File.WriteAllTextAsync(file, configuration);

        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var info = new ProcessStartInfo(nginx) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix.FullName, "-c", file, "-e", Path.Combine(prefix.FullName, "error.log") })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)
            ?? throw new InvalidOperationException("nginx did not start; ./test.sh installs it (apt-get install nginx).");
        var proxy = new NginxProxy(process, prefix, new Uri($"http://127.0.0.1:{port}"));
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx ended at start-up: {await process.StandardError.ReadToEndAsync()}{proxy.ErrorLog}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"nginx did not listen on {port}: {proxy.ErrorLog}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        prefix.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
