using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Text;
using Kusama.Network.Libp2p.Multiaddrs;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>
/// libp2p over WebSocket (<c>/ip4|ip6|dns/…/tcp/N/ws[/p2p/ID]</c>): the RFC 6455 opening handshake written by hand on
/// both sides (no ASP.NET), then the raw libp2p byte stream in binary messages via <see cref="WebSocketStream"/>.
/// Secure WebSocket (<c>/wss</c>) is dialled only, as by Substrate: nodes serve it behind a TLS-terminating proxy.
/// </summary>
public static class WebSocketTransport
{
    /// <summary>The largest HTTP header block read during the opening handshake.</summary>
    public const int MaxHandshakeSize = 8 * 1024;

    /// <summary>How long the remote gets to complete the opening handshake.</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How often we ping an idle WebSocket so that proxies keep it open.</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(30);

    // RFC 6455 §1.3: appended to the client's key before hashing.
    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    /// <summary>Whether <paramref name="address"/> is <c>/ip4|ip6|dns|dns4|dns6/…/tcp/N/ws</c>, optionally ending in <c>/p2p/ID</c>.</summary>
    public static bool IsWebSocketAddress(Multiaddr address) => HasShape(address, MultiaddrProtocol.Ws);

    /// <summary>Whether <paramref name="address"/> is <c>/ip4|ip6|dns|dns4|dns6/…/tcp/N/wss</c> (WebSocket over TLS), optionally ending in <c>/p2p/ID</c>.</summary>
    public static bool IsSecureWebSocketAddress(Multiaddr address) => HasShape(address, MultiaddrProtocol.Wss);

    private static bool HasShape(Multiaddr address, MultiaddrProtocol webSocket)
    {
        ArgumentNullException.ThrowIfNull(address);
        IReadOnlyList<MultiaddrComponent> parts = address.Components;
        return parts.Count is 3 or 4
            && parts[0].Protocol is MultiaddrProtocol.Ip4 or MultiaddrProtocol.Ip6 or MultiaddrProtocol.Dns or MultiaddrProtocol.Dns4 or MultiaddrProtocol.Dns6
            && parts[1].Protocol == MultiaddrProtocol.Tcp
            && parts[2].Protocol == webSocket
            && (parts.Count == 3 || parts[3].Protocol == MultiaddrProtocol.P2p);
    }

    /// <summary>The <c>/ip4|ip6/…/tcp/N/ws</c> multiaddr of an IP endpoint.</summary>
    public static Multiaddr ToMultiaddr(IPEndPoint endPoint) => TcpTransport.ToMultiaddr(endPoint).With(MultiaddrComponent.Flag(MultiaddrProtocol.Ws));

    /// <summary>Connects to a <c>/…/tcp/N/ws</c> address and completes the client handshake.</summary>
    /// <exception cref="ArgumentException">Not a WebSocket address.</exception>
    /// <exception cref="Libp2pProtocolException">The server refused or botched the handshake.</exception>
    /// <exception cref="SocketException">The TCP connection could not be made.</exception>
    public static async Task<WebSocketStream> ConnectAsync(Multiaddr address, CancellationToken cancellationToken = default)
    {
        if (!IsWebSocketAddress(address)) throw new ArgumentException($"'{address}' is not a WebSocket address (/ip4|ip6|dns/…/tcp/N/ws)", nameof(address));
        NetworkStream stream = await TcpTransport.ConnectAsync(address, cancellationToken).ConfigureAwait(false);
        try
        {
            return await ClientHandshakeAsync(stream, HostHeader(address), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Sends the upgrade request for <c>ws://<paramref name="host"/>/</c> over an open connection and checks the 101 answer
    /// (within <see cref="HandshakeTimeout"/>); the returned stream owns <paramref name="stream"/>.
    /// </summary>
    /// <exception cref="Libp2pProtocolException">The server refused or botched the handshake, or took too long.</exception>
    public static async Task<WebSocketStream> ClientHandshakeAsync(Stream stream, string host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        string key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        string request = $"GET / HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HandshakeTimeout);
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token).ConfigureAwait(false);
            await stream.FlushAsync(timeout.Token).ConfigureAwait(false);
            string response = await ReadHeaderBlockAsync(stream, timeout.Token).ConfigureAwait(false);
            Dictionary<string, string> headers = ParseHeaders(response, out string statusLine);
            string[] status = statusLine.Split(' ', 3);
            if (status.Length < 2 || !status[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || status[1] != "101")
                throw new Libp2pProtocolException($"WebSocket server refused the upgrade: '{statusLine}'");
            if (!headers.TryGetValue("Sec-WebSocket-Accept", out string? accept) || accept != AcceptKey(key))
                throw new Libp2pProtocolException("WebSocket server answered with a wrong Sec-WebSocket-Accept");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new Libp2pProtocolException($"WebSocket handshake timed out after {HandshakeTimeout.TotalSeconds:0} s");
        }
        return new WebSocketStream(WebSocket.CreateFromStream(stream, new WebSocketCreationOptions
        {
            IsServer = false,
            KeepAliveInterval = KeepAliveInterval,
        }));
    }

    /// <summary>
    /// Reads the client's upgrade request from an accepted connection (at most <see cref="MaxHandshakeSize"/> bytes of
    /// headers within <see cref="HandshakeTimeout"/>) and answers 101; anything else is answered 400 and fails.
    /// The returned stream owns <paramref name="stream"/>; on failure the caller closes it.
    /// </summary>
    /// <exception cref="Libp2pProtocolException">The request was not a valid WebSocket upgrade, was too large or too slow.</exception>
    public static async Task<WebSocketStream> ServerHandshakeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HandshakeTimeout);
        try
        {
            string key;
            try
            {
                string request = await ReadHeaderBlockAsync(stream, timeout.Token).ConfigureAwait(false);
                key = ValidateUpgradeRequest(request);
            }
            catch (Libp2pProtocolException)
            {
                await TryWriteAsync(stream, "HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"u8.ToArray()).ConfigureAwait(false);
                throw;
            }
            string response = $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {AcceptKey(key)}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), timeout.Token).ConfigureAwait(false);
            await stream.FlushAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new Libp2pProtocolException($"WebSocket handshake timed out after {HandshakeTimeout.TotalSeconds:0} s");
        }
        return new WebSocketStream(WebSocket.CreateFromStream(stream, new WebSocketCreationOptions
        {
            IsServer = true,
            KeepAliveInterval = KeepAliveInterval,
        }));
    }

    /// <summary>The Sec-WebSocket-Accept value for a client key: base64(SHA-1(key + GUID)).</summary>
    public static string AcceptKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
    }

    private static string ValidateUpgradeRequest(string request)
    {
        Dictionary<string, string> headers = ParseHeaders(request, out string requestLine);
        string[] parts = requestLine.Split(' ');
        if (parts.Length != 3 || parts[0] != "GET" || parts[2] != "HTTP/1.1")
            throw new Libp2pProtocolException($"not a WebSocket upgrade request: '{Truncate(requestLine)}'");
        if (!headers.TryGetValue("Upgrade", out string? upgrade) || !HasToken(upgrade, "websocket"))
            throw new Libp2pProtocolException("WebSocket upgrade request without 'Upgrade: websocket'");
        if (!headers.TryGetValue("Connection", out string? connection) || !HasToken(connection, "upgrade"))
            throw new Libp2pProtocolException("WebSocket upgrade request without 'Connection: Upgrade'");
        if (!headers.TryGetValue("Sec-WebSocket-Version", out string? version) || version != "13")
            throw new Libp2pProtocolException("WebSocket upgrade request without 'Sec-WebSocket-Version: 13'");
        if (!headers.TryGetValue("Sec-WebSocket-Key", out string? key) || !IsValidKey(key))
            throw new Libp2pProtocolException("WebSocket upgrade request without a valid Sec-WebSocket-Key");
        return key;
    }

    private static bool IsValidKey(string key)
    {
        Span<byte> decoded = stackalloc byte[18];
        return Convert.TryFromBase64String(key, decoded, out int written) && written == 16;
    }

    private static bool HasToken(string value, string token)
    {
        foreach (string part in value.Split(','))
            if (part.Trim().Equals(token, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static Dictionary<string, string> ParseHeaders(string block, out string startLine)
    {
        string[] lines = block.Split("\r\n");
        startLine = lines[0];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0) continue;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new Libp2pProtocolException($"malformed HTTP header line '{Truncate(line)}'");
            string name = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out string? earlier) ? $"{earlier}, {value}" : value;
        }
        return headers;
    }

    /// <summary>
    /// Reads up to and including the blank line ending the headers, never past it: the bytes after it are already
    /// WebSocket frames and belong to the WebSocket.
    /// </summary>
    private static async Task<string> ReadHeaderBlockAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[MaxHandshakeSize];
        int length = 0;
        while (true)
        {
            // With k bytes of "\r\n\r\n" already matched at the end, 4 - k more bytes can never overshoot its end.
            int matched = MatchedSuffix(buffer.AsSpan(0, length));
            if (matched == HeaderEnd.Length) return Encoding.Latin1.GetString(buffer, 0, length);
            int want = Math.Min(HeaderEnd.Length - matched, buffer.Length - length);
            if (want == 0) throw new Libp2pProtocolException($"HTTP header block larger than {MaxHandshakeSize} bytes");
            int read = await stream.ReadAsync(buffer.AsMemory(length, want), cancellationToken).ConfigureAwait(false);
            if (read == 0) throw new Libp2pProtocolException("connection closed during the WebSocket handshake");
            length += read;
        }
    }

    private static int MatchedSuffix(ReadOnlySpan<byte> data)
    {
        for (int k = Math.Min(HeaderEnd.Length, data.Length); k > 0; k--)
            if (data[^k..].SequenceEqual(HeaderEnd[..k])) return k;
        return 0;
    }

    private static async Task TryWriteAsync(Stream stream, byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await stream.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The peer is being dropped anyway.
        }
    }

    /// <summary>The Host header for a WebSocket address: <c>host:port</c>, IPv6 in brackets.</summary>
    internal static string HostHeader(Multiaddr address)
    {
        int port = address.Components[1].PortNumber!.Value;
        string host = HostName(address);
        return address.Components[0].Protocol == MultiaddrProtocol.Ip6 ? $"[{host}]:{port}" : $"{host}:{port}";
    }

    /// <summary>The name TLS checks the server's certificate against: the DNS name, or the IP address as text.</summary>
    internal static string HostName(Multiaddr address)
    {
        MultiaddrComponent host = address.Components[0];
        return host.DnsName ?? host.IpAddress!.ToString();
    }

    /// <summary>
    /// Runs the TLS client handshake of a <c>/wss</c> dial over <paramref name="stream"/>, checking the certificate against the
    /// address's host name with <paramref name="validation"/> (null: the system's trust store); the result owns the stream.
    /// </summary>
    /// <exception cref="Libp2pProtocolException">The TLS handshake failed or the certificate was not accepted.</exception>
    public static async Task<SslStream> TlsClientHandshakeAsync(Stream stream, Multiaddr address, RemoteCertificateValidationCallback? validation,
        CancellationToken cancellationToken = default)
    {
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HandshakeTimeout);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = HostName(address),
                RemoteCertificateValidationCallback = validation,
            }, timeout.Token).ConfigureAwait(false);
            return tls;
        }
        catch (Exception e) when (e is AuthenticationException or IOException
            || (e is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw new Libp2pProtocolException($"TLS handshake with {HostName(address)} failed: {e.Message}");
        }
        catch
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
