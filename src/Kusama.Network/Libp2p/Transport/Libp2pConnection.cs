using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.MultistreamSelect;
using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Libp2p.Transport;

/// <summary>An upgraded libp2p connection (Noise + yamux) to one authenticated peer, opening and serving substreams.</summary>
public sealed class Libp2pConnection : IAsyncDisposable
{
    /// <summary>How long an inbound substream may take to agree on its protocol.</summary>
    public static readonly TimeSpan SubstreamNegotiationTimeout = TimeSpan.FromSeconds(10);

    private readonly Stream _secure;
    private readonly Stream _raw;
    private readonly YamuxSession _session;
    private readonly ProtocolHandlers _handlers;
    private readonly CancellationTokenSource _closing = new();
    private Task _acceptLoop = Task.CompletedTask;
    private int _disposed;

    internal Libp2pConnection(Stream secure, Stream raw, YamuxSession session, PeerId remotePeerId, Multiaddr? remoteAddress, bool isDialer, ProtocolHandlers handlers)
    {
        _secure = secure;
        _raw = raw;
        _session = session;
        _handlers = handlers;
        RemotePeerId = remotePeerId;
        RemoteAddress = remoteAddress;
        IsDialer = isDialer;
    }

    /// <summary>The remote's PeerId, authenticated by the Noise handshake.</summary>
    public PeerId RemotePeerId { get; }

    /// <summary>The remote's transport address (e.g. <c>/ip4/1.2.3.4/tcp/30333</c>), when known.</summary>
    public Multiaddr? RemoteAddress { get; }

    /// <summary>True when we dialled this connection (we are the yamux client).</summary>
    public bool IsDialer { get; }

    /// <summary>Completes when the connection has ended, for whatever reason.</summary>
    public Task Completion => _session.Completion;

    /// <summary>True once the connection was closed locally or by the remote.</summary>
    public bool IsClosed => Volatile.Read(ref _disposed) != 0 || _session.Completion.IsCompleted;

    /// <summary>Raised when an inbound substream failed negotiation or its handler threw (the substream is closed, the connection kept).</summary>
    public event Action<Libp2pConnection, Exception>? InboundSubstreamFailed;

    /// <summary>Opens a substream and negotiates the first of <paramref name="protocols"/> the remote supports.</summary>
    /// <exception cref="Libp2pProtocolException">The remote supports none of them, or broke multistream-select.</exception>
    public async ValueTask<NegotiatedSubstream> OpenStreamAsync(IReadOnlyList<string> protocols, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        YamuxStream stream = await _session.OpenStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string? selected = await MultistreamSelectDialer.SelectAsync(stream, protocols, cancellationToken).ConfigureAwait(false);
            if (selected is null)
                throw new Libp2pProtocolException($"peer {RemotePeerId} supports none of: {string.Join(", ", protocols)}");
            return new NegotiatedSubstream(selected, stream);
        }
        catch (Exception e)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            if (e is MultistreamSelectException or EndOfStreamException)
                throw new Libp2pProtocolException($"substream negotiation with {RemotePeerId} failed: {e.Message}", e);
            throw;
        }
    }

    /// <summary>Opens a substream for one protocol.</summary>
    public ValueTask<NegotiatedSubstream> OpenStreamAsync(string protocol, CancellationToken cancellationToken = default) =>
        OpenStreamAsync([protocol], cancellationToken);

    internal void StartAccepting() => _acceptLoop = Task.Run(AcceptLoopAsync);

    private async Task AcceptLoopAsync()
    {
        CancellationToken cancellationToken = _closing.Token;
        while (!cancellationToken.IsCancellationRequested)
        {
            YamuxStream stream;
            try
            {
                stream = await _session.AcceptStreamAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The session ended (remote closed, protocol error or our dispose); its Completion carries the reason.
                return;
            }
            _ = Task.Run(() => ServeInboundAsync(stream, cancellationToken), CancellationToken.None);
        }
    }

    private async Task ServeInboundAsync(YamuxStream stream, CancellationToken cancellationToken)
    {
        NegotiatedSubstream substream;
        try
        {
            string protocol;
            using (CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(SubstreamNegotiationTimeout);
                protocol = await MultistreamSelectListener.AcceptAsync(stream, _handlers.Protocols, timeout.Token).ConfigureAwait(false);
            }
            substream = new NegotiatedSubstream(protocol, stream);
        }
        catch (Exception e)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            if (!cancellationToken.IsCancellationRequested) Report(e);
            return;
        }
        try
        {
            // Unregistered between negotiation and here: the remote only loses this substream.
            if (!_handlers.TryGet(substream.Protocol, out StreamHandler? handler))
                throw new Libp2pProtocolException($"no handler for '{substream.Protocol}'");
            await handler(this, substream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            if (!cancellationToken.IsCancellationRequested) Report(e);
        }
        finally
        {
            await substream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Report(Exception e)
    {
        try
        {
            InboundSubstreamFailed?.Invoke(this, e);
        }
        catch (Exception)
        {
            // An observer's bug must not take the connection down.
        }
    }

    /// <summary>Closes the connection: yamux session, Noise channel and socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _closing.CancelAsync().ConfigureAwait(false);
        await _session.DisposeAsync().ConfigureAwait(false);
        await _secure.DisposeAsync().ConfigureAwait(false);
        await _raw.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The loop ends on any session error; nothing left to report on close.
        }
        _closing.Dispose();
    }
}
