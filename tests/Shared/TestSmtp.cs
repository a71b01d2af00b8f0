using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.IO;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AdviceIntake.Portal.Testing;

/// <summary>A real SMTP server on a loopback port that keeps every message it receives, parsed.</summary>
public sealed class TestSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private readonly Inbox inbox = new();
    private bool stopped;

    public TestSmtp()
        : this(FreePort())
    {
    }

    /// <summary>A server on a port chosen beforehand: the portal can be pointed at it while it is down, then it comes up.</summary>
    public TestSmtp(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(inbox);
        services.Add(new NoDelayListeners());
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);

        // The server starts listening in the background: a test sending at once would find the port closed.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
        }
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => inbox.Messages;

    /// <summary>Called with each message once it is stored and before the server answers that it accepted it.</summary>
    public Action<MimeMessage>? OnAccepting
    {
        get => inbox.OnAccepting;
        set => inbox.OnAccepting = value;
    }

    /// <summary>The settings that point the portal's email at this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => SettingsFor(Port);

    public static IReadOnlyDictionary<string, string?> SettingsFor(int port) => new Dictionary<string, string?>
    {
        ["Email:Delivery"] = "Smtp",
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:SmtpSecurity"] = "None",
    };

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        stop.Dispose();
    }

    /// <summary>
    /// Answers without waiting: with Nagle's algorithm on, each short reply waits for the client's delayed
    /// acknowledgement, about 40 ms a command on Linux, which real mail servers do not make a sender wait.
    /// </summary>
    private sealed class NoDelayListeners : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition) => new Listener(endpointDefinition);

        private sealed class Listener : IEndpointListener
        {
            private readonly TcpListener listener;

            public Listener(IEndpointDefinition endpointDefinition)
            {
                listener = new TcpListener(endpointDefinition.Endpoint);
                listener.Start();
            }

            public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
            {
                var client = await listener.AcceptTcpClientAsync(cancellationToken);
                client.NoDelay = true;
                context.Properties.Add(EndpointListener.LocalEndPointKey, listener.LocalEndpoint);
                context.Properties.Add(EndpointListener.RemoteEndPointKey, client.Client.RemoteEndPoint);
                return new PlainPipe(client);
            }

            public void Dispose() => listener.Stop();
        }

        /// <summary>The connection as the server reads and writes it; the tests never start TLS.</summary>
        private sealed class PlainPipe(TcpClient client) : ISecurableDuplexPipe
        {
            private readonly System.Net.Sockets.NetworkStream stream = client.GetStream();

            public System.IO.Pipelines.PipeReader Input { get; } = System.IO.Pipelines.PipeReader.Create(client.GetStream());

            public System.IO.Pipelines.PipeWriter Output { get; } = System.IO.Pipelines.PipeWriter.Create(client.GetStream());

            public bool IsSecure => false;

            public System.Security.Authentication.SslProtocols SslProtocol => System.Security.Authentication.SslProtocols.None;

            public Task UpgradeAsync(System.Security.Cryptography.X509Certificates.X509Certificate certificate,
                System.Security.Authentication.SslProtocols protocols, CancellationToken cancellationToken = default) =>
                throw new NotSupportedException("The test server has no certificate.");

            public void Dispose()
            {
                stream.Dispose();
                client.Dispose();
            }
        }
    }

    private sealed class Inbox : MessageStore
    {
        private readonly ConcurrentQueue<MimeMessage> messages = new();

        public IReadOnlyCollection<MimeMessage> Messages => [.. messages];

        public Action<MimeMessage>? OnAccepting { get; set; }

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            messages.Enqueue(message);
            OnAccepting?.Invoke(message);
            return SmtpResponse.Ok;
        }
    }
}
