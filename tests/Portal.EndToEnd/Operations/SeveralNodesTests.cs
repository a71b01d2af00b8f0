using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AdviceIntake.Portal.Hosting;
using AdviceIntake.Portal.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace AdviceIntake.Portal.EndToEnd.Operations;

/// <summary>
/// The reference deployment as an operator runs it: portal processes from the published build on one PostgreSQL, behind
/// Debian's nginx with the configuration in deploy/, stopped with SIGTERM and left without their database.
/// </summary>
public sealed class SeveralNodesTests(Chromium chromium) : IAsyncLifetime
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("adviceintake-nodes-");
    private readonly List<PortalProcess> nodes = [];
    private string certificatePassword = string.Empty;

    public ValueTask InitializeAsync()
    {
        // One certificate for every node, as in production: the key ring in the database is sealed with it.
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=AdviceIntake key ring (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        certificatePassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, certificatePassword));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await chromium.CloseContextsAsync();
        nodes.ForEach(n => n.Dispose());
        NpgsqlConnection.ClearAllPools();
        work.Delete(recursive: true);
    }

    private string CertificatePath => Path.Combine(work.FullName, "key-ring.pfx");

    [Fact]
    public async Task Behind_nginx_dashboards_on_two_nodes_stay_live_and_a_node_stopped_with_SIGTERM_hands_its_dashboards_over_and_loses_nothing_acknowledged()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var starting = Stopwatch.StartNew();
            var nodeA = await StartNodeAsync("a", connectionString);
            var firstReady = starting.Elapsed;
            var nodeB = await StartNodeAsync("b", connectionString);
            starting.Stop();
            await using var proxy = await NginxProxy.StartAsync(nodeA.Address.Port, nodeB.Address.Port);

            var counselor = await OpenQueueAsync(proxy.Address, "counselor@adviceintake.test", "a");
            var supervisor = await OpenQueueAsync(proxy.Address, "supervisor@adviceintake.test", "b");
            Assert.Equal("a", await NodeOfAsync(counselor));
            Assert.Equal("b", await NodeOfAsync(supervisor));

            var first = await SendAsync(proxy.Address, "My sister and I have not spoken since our father's funeral and I miss her.");
            await Assertions.Expect(counselor.Locator(".queue-row", new() { HasText = first })).ToBeVisibleAsync();
            await Assertions.Expect(supervisor.Locator(".queue-row", new() { HasText = first })).ToBeVisibleAsync();

            await counselor.EvaluateAsync("() => window.drawnByNodeA = true");

            // 200 people send questions through the proxy while node A is stopped part-way through.
            var acknowledged = new ConcurrentBag<string>();
            var refused = 0;
            using var gate = new SemaphoreSlim(16);
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var reconnecting = new Stopwatch();
            var sending = Enumerable.Range(0, 200).Select(async i =>
            {
                await gate.WaitAsync(TestContext.Current.CancellationToken);
                try
                {
                    var reference = await SendAsync(proxy.Address, $"Question {i}: my brother borrows money and never pays it back, and I do not know how to say no.");
                    acknowledged.Add(reference);
                    if (acknowledged.Count == 40)
                    {
                        reconnecting.Start();
                        nodeA.Terminate();
                        stopped.TrySetResult();
                    }
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
                {
                    // Not acknowledged: the person saw an error and can send again; nothing is promised.
                    Interlocked.Increment(ref refused);
                }
                finally
                {
                    gate.Release();
                }
            }).ToList();
            await stopped.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

            // The counselor's page loses node A, finds node B through nginx by itself and reloads there.
            var handedOver = Task.Run(async () =>
            {
                await counselor.WaitForFunctionAsync("() => window.drawnByNodeA === undefined", null, new() { Timeout = 60_000 });
                await Assertions.Expect(counselor.Locator("main[data-interactive]")).ToBeVisibleAsync();
                reconnecting.Stop();
                await WaitForNodeAsync(counselor, "b");
            }, TestContext.Current.CancellationToken);
            await Task.WhenAll(sending);

            var exitCode = await nodeA.WaitForExitAsync(TimeSpan.FromSeconds(45));
            Assert.True(exitCode == 0, $"Node A ended with {exitCode} after SIGTERM:{Environment.NewLine}{nodeA.Output}");
            await using (var db = new NpgsqlConnection(connectionString))
            {
                await db.OpenAsync(TestContext.Current.CancellationToken);
                await using var read = new NpgsqlCommand("SELECT \"Reference\" FROM \"Questions\"", db);
                var stored = new HashSet<string>(StringComparer.Ordinal);
                await using var rows = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                while (await rows.ReadAsync(TestContext.Current.CancellationToken))
                {
                    stored.Add(rows.GetString(0));
                }

                Assert.All(acknowledged, reference => Assert.Contains(reference.Replace("-", "", StringComparison.Ordinal), stored));
                // Node A was stopped at the 40th acknowledgement: the rest went on through node B.
                Assert.True(acknowledged.Count > 40, $"Only {acknowledged.Count} acknowledged, {refused} refused.");
                Record($"{acknowledged.Count} of 200 acknowledged, {refused} refused; {stored.Count} stored.");
            }

            await handedOver;
            await Assertions.Expect(counselor.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);
            // The newest question is on the queue's last page; the counts show it arrive.
            var open = int.Parse(await counselor.Locator("[data-count=AllOpen]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            await SendAsync(proxy.Address, "My neighbour's dog barks all night and I have not slept properly in weeks.");
            var more = (open + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Assertions.Expect(counselor.Locator("[data-count=AllOpen]")).ToHaveTextAsync(more);
            await Assertions.Expect(supervisor.Locator("[data-count=AllOpen]")).ToHaveTextAsync(more);
            Record(
                $"Node A ready {firstReady.TotalSeconds:0.0} s after it was started on an empty database (migrations and seed included), node B {(starting.Elapsed - firstReady).TotalSeconds:0.0} s after; the counselor's dashboard was live on node B {reconnecting.Elapsed.TotalSeconds:0.0} s after SIGTERM to node A.");
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
            nodes.Clear();
            NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task A_node_whose_PostgreSQL_restarts_says_it_is_not_ready_and_comes_back_by_itself_with_its_dashboard_live()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        var node = await StartNodeAsync(null, postgres.ConnectionString);
        using var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(10) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);
        var counselor = await OpenQueueAsync(node.Address, "counselor@adviceintake.test", node: null);
        await counselor.Locator("html[data-keys=queue]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await counselor.EvaluateAsync("() => window.sameDocument = true");

        await postgres.StopAsync();
        await UntilAsync(client, "/readyz", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);

        var returning = Stopwatch.StartNew();
        await postgres.StartAgainAsync();
        await UntilAsync(client, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        returning.Stop();

        var sent = await SendAsync(node.Address, "My partner and I keep arguing about whose turn it is to visit his parents.");
        try
        {
            await Assertions.Expect(counselor.Locator(".queue-row", new() { HasText = sent })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException e)
        {
            var said = node.Output.Split(Environment.NewLine).Where(l => !l.Contains("Health check", StringComparison.Ordinal) && !l.Contains("HealthCheckService", StringComparison.Ordinal));
            throw new InvalidOperationException($"{e.Message}{Environment.NewLine}The node said:{Environment.NewLine}{string.Join(Environment.NewLine, said)}", e);
        }
        Assert.True(await counselor.EvaluateAsync<bool>("() => window.sameDocument === true"), "The dashboard was reloaded.");
        await Assertions.Expect(counselor.Locator("[data-database-lost]")).ToHaveCountAsync(0);
        Record($"Ready again {returning.Elapsed.TotalSeconds:0.0} s after PostgreSQL was started again.");
    }

    // The figures docs/operations.md quotes, kept beside the screenshots of the run.
    private static void Record(string line) =>
        File.AppendAllText(Path.Combine(Chromium.ScreenshotDirectory, "..", "operations-figures.txt"), $"{DateTimeOffset.UtcNow:u} {line}{Environment.NewLine}");

    private async Task<PortalProcess> StartNodeAsync(string? name, string connectionString)
    {
        var directory = Directory.CreateDirectory(Path.Combine(work.FullName, name ?? "node"));
        var settings = new Dictionary<string, string?>
        {
            // Development, as deploy/run-local.sh runs a trial: the demo accounts of README.md, plain HTTP on loopback.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
            ["DataProtection:CertificatePath"] = CertificatePath,
            ["DataProtection:CertificatePassword"] = certificatePassword,
            ["Node:Name"] = name,
            ["Transport:RequireHttps"] = "false",
            ["Transport:KnownProxies:0"] = "127.0.0.1",
            ["Staff:RequireSecondFactor"] = "false",
            ["Intake:SubmissionsPerClient"] = "1000000",
            ["Intake:DraftsPerClient"] = "1000000",
        };
        var node = await PortalProcess.StartAsync(directory.FullName, settings, published: true);
        nodes.Add(node);
        return node;
    }

    /// <summary>A staff member's dashboard, forced onto a node by the affinity cookie as nginx reads it.</summary>
    private async Task<IPage> OpenQueueAsync(Uri address, string email, string? node)
    {
        var page = await chromium.NewPageAsync(address);
        if (node is not null)
        {
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = NodeAffinity.CookieName, Value = node, Url = address.ToString() }]);
        }

        await page.SignInAsync(email, email.StartsWith("counselor", StringComparison.Ordinal) ? "demo silver notebook" : "demo amber compass");
        try
        {
            await page.ToBeAtAsync("/staff");
        }
        catch (PlaywrightException e)
        {
            await page.ScreenshotAsync("several-nodes-sign-in");
            throw new InvalidOperationException($"{e.Message}{Environment.NewLine}{await page.Locator("main").InnerTextAsync()}{Environment.NewLine}{string.Join(Environment.NewLine, nodes.Select(n => n.Output))}", e);
        }
        await page.WaitForInteractiveAsync();
        await page.Locator(".queue-grid").WaitForAsync();
        return page;
    }

    private static async Task<string?> NodeOfAsync(IPage page) =>
        (await page.Context.CookiesAsync()).SingleOrDefault(c => c.Name == NodeAffinity.CookieName)?.Value;

    private static async Task WaitForNodeAsync(IPage page, string node)
    {
        for (var i = 0; i < 300 && await NodeOfAsync(page) != node; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(node, await NodeOfAsync(page));
    }

    private static async Task<string> SendAsync(Uri address, string text)
    {
        using var visitor = new IntakeVisitor(address);
        var (reference, _) = await visitor.SendQuestionAsync(text, TestContext.Current.CancellationToken);
        return reference.Length > 0 ? reference : throw new InvalidOperationException("No reference was shown.");
    }

    private static async Task UntilAsync(HttpClient client, string path, HttpStatusCode status, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        HttpStatusCode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = (await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode;
                if (last == status)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                last = null;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"{path} did not answer {status} within {within.TotalSeconds} s; it last answered {last}.");
    }
}
