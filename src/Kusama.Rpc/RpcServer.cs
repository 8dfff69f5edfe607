using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Rpc;

/// <summary>
/// Substrate's RPC server on Kestrel: one port serving WebSocket (upgrade on any path) and HTTP POST JSON-RPC,
/// plus <c>GET /health</c> and <c>/health/readiness</c>, with jsonrpsee's limits, error codes and CORS handling.
/// </summary>
public sealed partial class RpcServer : IAsyncDisposable
{
    // How long a stopping server waits for clients to answer its close frames before aborting their sockets.
    private static readonly TimeSpan CloseGracePeriod = TimeSpan.FromSeconds(2);

    private readonly RpcServerOptions _options;
    private readonly RpcDispatcher _dispatcher;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, WebSocketSession> _sessions = new();
    private WebApplication? _app;
    private IReadOnlyList<IPEndPoint> _endPoints = [];
    private long _nextConnectionId;
    private int _connections;
    private int _state;

    public RpcServer(RpcServerOptions options, RpcModule module, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(module);
        options.Validate();
        _options = options;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger("sc_rpc_server");
        _dispatcher = new RpcDispatcher(module, options, _logger);
    }

    /// <summary>The addresses the server listens on once started (with the real port when 0 was asked).</summary>
    public IReadOnlyList<IPEndPoint> LocalEndPoints => _endPoints;

    /// <summary>Open connections: live WebSockets plus HTTP requests in progress.</summary>
    public int ConnectionCount => Volatile.Read(ref _connections);

    public bool AllowsUnsafe => _options.AllowsUnsafe;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0) throw new InvalidOperationException("the RPC server was already started");

        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Kusama.Rpc" });
        builder.Services.AddSingleton(_loggerFactory);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, RpcHostLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Request size is enforced here, to answer with jsonrpsee's error rather than Kestrel's.
            kestrel.Limits.MaxRequestBodySize = null;
            if (_options.External)
            {
                kestrel.ListenAnyIP(_options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Loopback, _options.Port);
                if (IPv6LoopbackAvailable()) kestrel.Listen(IPAddress.IPv6Loopback, _options.Port);
            }
        });

        WebApplication app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Run(HandleRequestAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;

        _endPoints = BoundEndPoints(app);
        _logger.LogInformation("Running JSON-RPC server: addr={Addresses}", string.Join(',', _endPoints.Select(FormatEndPoint)));
    }

    /// <summary>Closes every WebSocket (close frame, then abort after a grace period) and stops listening.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1) return;
        foreach (WebSocketSession session in _sessions.Values) session.BeginClose();
        using (var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            grace.CancelAfter(CloseGracePeriod);
            try
            {
                while (!_sessions.IsEmpty) await Task.Delay(10, grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stopping.Cancel();
        await _app!.StopAsync(cancellationToken).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static IReadOnlyList<IPEndPoint> BoundEndPoints(WebApplication app)
    {
        ICollection<string> addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var endPoints = new List<IPEndPoint>(addresses.Count);
        foreach (string address in addresses)
        {
            var uri = new Uri(address);
            string host = uri.Host.Trim('[', ']');
            IPAddress ip = host is "0.0.0.0" or "::" || !IPAddress.TryParse(host, out IPAddress? parsed)
                ? (host == "::" ? IPAddress.IPv6Any : IPAddress.Any)
                : parsed;
            endPoints.Add(new IPEndPoint(ip, uri.Port));
        }
        // IPv4 first, as Substrate logs them.
        endPoints.Sort((a, b) => a.AddressFamily == b.AddressFamily ? 0 : a.AddressFamily == AddressFamily.InterNetwork ? -1 : 1);
        return endPoints;
    }

    private static string FormatEndPoint(IPEndPoint endPoint) =>
        endPoint.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{endPoint.Address}]:{endPoint.Port}" : $"{endPoint.Address}:{endPoint.Port}";

    private static bool IPv6LoopbackAvailable()
    {
        if (!Socket.OSSupportsIPv6) return false;
        try
        {
            using var probe = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.IPv6Loopback, 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
