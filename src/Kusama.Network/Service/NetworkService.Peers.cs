using Kusama.Network.Libp2p;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Transport;
using Kusama.Network.Notifications;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Microsoft.Extensions.Logging;

namespace Kusama.Network.Service;

// Peer slots and the notification substreams (networking.md §9.1): a peer gets a slot when we open our block-announces
// substream to it (outbound) or accept its own (inbound); it is a sync peer once ours is open, and it is dropped when
// either of the two closes.
public sealed partial class NetworkService
{
    private static readonly ReputationChange BadHandshake = ReputationChange.Fatal("Invalid handshake");
    private static readonly ReputationChange GenesisMismatch = ReputationChange.Fatal("Genesis mismatch");
    private static readonly ReputationChange BadMessage = new(-(1 << 12), "Bad notification");

    /// <summary>Applies a reputation change; a peer that falls below the ban threshold is dropped and refused for a while.</summary>
    public void ReportPeer(PeerId peer, ReputationChange change)
    {
        ArgumentNullException.ThrowIfNull(peer);
        if (!PeerStore.Report(peer, change)) return;
        _logger.LogInformation("Banned {Peer}: {Reason} (reputation {Reputation})", peer, change.Reason, PeerStore.Reputation(peer));
        DisconnectPeer(peer, change.Reason);
    }

    /// <summary>Drops the peer's slot and closes every connection to it.</summary>
    public void DisconnectPeer(PeerId peer, string reason)
    {
        ArgumentNullException.ThrowIfNull(peer);
        if (_peers.TryGetValue(peer, out ConnectedPeer? connected)) _ = DropAsync(connected, reason);
        else CloseConnections(peer);
    }

    private void RegisterNotificationHandlers()
    {
        foreach (string name in BlockAnnouncesProtocol.AllNames) _host.Handlers.Register(name, AcceptBlockAnnouncesAsync);
        foreach (string name in TransactionsProtocol.AllNames) _host.Handlers.Register(name, AcceptTransactionsAsync);
        foreach (string name in GrandpaProtocol.AllNames) _host.Handlers.Register(name, AcceptGrandpaAsync);
    }

    private void OnConnectionEstablished(Libp2pConnection connection)
    {
        PeerId id = connection.RemotePeerId;
        if (PeerStore.IsBanned(id) || (Configuration.ReservedOnly && !_reserved.ContainsKey(id)))
        {
            _logger.LogDebug("Refusing connection from {Peer} (banned or not reserved)", id);
            _ = connection.DisposeAsync().AsTask();
            return;
        }
        _connectedAt[connection] = DateTime.UtcNow;
        _ = connection.Completion.ContinueWith(_ => OnConnectionClosed(connection), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        if (connection.IsDialer) _ = Task.Run(() => OpenPeerAsync(connection, null));
    }

    private void OnConnectionClosed(Libp2pConnection connection)
    {
        _connectedAt.TryRemove(connection, out _);
        if (_peers.TryGetValue(connection.RemotePeerId, out ConnectedPeer? peer) && peer.Connection == connection)
            _ = DropAsync(peer, "connection closed");
    }

    /// <summary>
    /// Claims a slot for a new peer; false when it already has one, or none is free. A light client takes one of the
    /// <c>--in-peers-light</c> slots, so light clients never crowd out full nodes (Substrate's "Too many light nodes").
    /// </summary>
    private bool TryAddPeer(Libp2pConnection connection, bool inbound, out ConnectedPeer peer, bool light = false)
    {
        PeerId id = connection.RemotePeerId;
        bool reserved = _reserved.ContainsKey(id);
        lock (_slots)
        {
            if (_peers.ContainsKey(id) || connection.IsClosed)
            {
                peer = null!;
                return false;
            }
            if (!reserved)
            {
                if (Configuration.ReservedOnly) { peer = null!; return false; }
                if (light ? _light >= Configuration.InPeersLight
                    : inbound ? _inbound >= Configuration.InPeers : _outbound >= Configuration.OutPeers) { peer = null!; return false; }
                if (light) _light++;
                else if (inbound) _inbound++;
                else _outbound++;
            }
            peer = new ConnectedPeer(id, connection, inbound, reserved, light);
            _peers[id] = peer;
            return true;
        }
    }

    /// <summary>Opens our block-announces substream (then transactions and GRANDPA) to the peer of <paramref name="connection"/>.</summary>
    private async Task OpenPeerAsync(Libp2pConnection connection, ConnectedPeer? peer)
    {
        if (peer is null && !TryAddPeer(connection, inbound: false, out peer)) return;
        CancellationToken cancellationToken = peer.Closing.Token;
        try
        {
            var opened = await NotificationHandshake
                .OpenAsync(connection, BlockAnnouncesProtocol, OurHandshake().Encode(), cancellationToken).ConfigureAwait(false);
            if (opened is not { } substream)
            {
                Backoff(peer.PeerId);
                await DropAsync(peer, "block announces refused (no slot)").ConfigureAwait(false);
                return;
            }
            BlockAnnouncesHandshake handshake;
            try
            {
                handshake = BlockAnnouncesHandshake.Decode(substream.RemoteHandshake);
            }
            catch (ProtocolDecodeException e)
            {
                await substream.Substream.DisposeAsync().ConfigureAwait(false);
                ReportPeer(peer.PeerId, BadHandshake with { Reason = "Invalid block announces handshake: " + e.Message });
                await DropAsync(peer, e.Message).ConfigureAwait(false);
                return;
            }
            if (handshake.GenesisHash != _tree.Genesis)
            {
                await substream.Substream.DisposeAsync().ConfigureAwait(false);
                ReportPeer(peer.PeerId, GenesisMismatch);
                await DropAsync(peer, $"genesis mismatch ({handshake.GenesisHash})").ConfigureAwait(false);
                return;
            }
            var sink = new NotificationsSink(substream.Substream);
            lock (peer)
            {
                peer.Handshake = handshake;
                peer.Roles = handshake.Roles;
                peer.BestHash = handshake.BestHash;
                peer.BestNumber = handshake.BestNumber;
                peer.BlockAnnounces = sink;
                peer.KnownBlocks.Insert(handshake.BestHash);
            }
            _ = sink.Completion.ContinueWith(_ => DropAsync(peer, "block announces substream closed"), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if (cancellationToken.IsCancellationRequested)
            {
                await sink.DisposeAsync().ConfigureAwait(false);
                return;
            }
            _failures.TryRemove(peer.PeerId, out _);
            _logger.LogDebug("Connected to {Peer} ({Direction}), best #{Number}", peer.PeerId, peer.Inbound ? "in" : "out", handshake.BestNumber);
            Raise(PeerConnected, peer.PeerId, handshake);
            byte[] roles = RolesCodec.Encode(Configuration.Roles);
            peer.Transactions = await OpenRolesSubstreamAsync(connection, TransactionsProtocol, roles, cancellationToken).ConfigureAwait(false);
            peer.Grandpa = await OpenRolesSubstreamAsync(connection, GrandpaProtocol, roles, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Libp2pProtocolException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            if (!cancellationToken.IsCancellationRequested) Backoff(peer.PeerId);
            await DropAsync(peer, e.Message).ConfigureAwait(false);
        }
    }

    /// <summary>Opens a notification substream whose handshake is the roles byte; null when the peer lacks or refuses it.</summary>
    private async Task<NotificationsSink?> OpenRolesSubstreamAsync(Libp2pConnection connection, NotificationProtocol protocol, byte[] roles, CancellationToken cancellationToken)
    {
        try
        {
            var opened = await NotificationHandshake.OpenAsync(connection, protocol, roles, cancellationToken).ConfigureAwait(false);
            if (opened is not { } substream) return null;
            RolesCodec.Decode(substream.RemoteHandshake);
            return new NotificationsSink(substream.Substream);
        }
        catch (Exception e) when (e is Libp2pProtocolException or ProtocolDecodeException or IOException)
        {
            // The peer stays a sync peer without this protocol (Substrate opens each protocol independently).
            _logger.LogDebug("{Protocol} to {Peer} not opened: {Error}", protocol.Name, connection.RemotePeerId, e.Message);
            return null;
        }
    }

    /// <summary>The remote opened its block-announces substream to us: accept (taking an inbound slot) or refuse.</summary>
    private async Task AcceptBlockAnnouncesAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken)
    {
        PeerId id = connection.RemotePeerId;
        byte[] raw = await NotificationHandshake.ReadInboundAsync(substream, cancellationToken).ConfigureAwait(false);
        BlockAnnouncesHandshake handshake;
        try
        {
            handshake = BlockAnnouncesHandshake.Decode(raw);
        }
        catch (ProtocolDecodeException e)
        {
            ReportPeer(id, BadHandshake with { Reason = "Invalid block announces handshake: " + e.Message });
            return;
        }
        if (handshake.GenesisHash != _tree.Genesis)
        {
            ReportPeer(id, GenesisMismatch);
            return;
        }
        bool isNew = false;
        if (!_peers.TryGetValue(id, out ConnectedPeer? peer))
        {
            if (!TryAddPeer(connection, inbound: true, out peer, handshake.Roles.IsLight())) return; // no slot: close without a handshake
            isNew = true;
        }
        lock (peer)
        {
            if (peer.InboundBlockAnnounces) return; // one inbound substream per peer
            peer.InboundBlockAnnounces = true;
            peer.Roles = handshake.Roles;
            if (!peer.IsOpen)
            {
                peer.BestHash = handshake.BestHash;
                peer.BestNumber = handshake.BestNumber;
            }
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, peer.Closing.Token);
        try
        {
            await LengthPrefixed.WriteAsync(substream.Stream, OurHandshake().Encode(), linked.Token).ConfigureAwait(false);
            if (isNew) _ = Task.Run(() => OpenPeerAsync(connection, peer));
            while (true)
            {
                byte[]? notification = await LengthPrefixed
                    .ReadAsync(substream.Stream, BlockAnnouncesProtocol.MaxNotificationSize, linked.Token).ConfigureAwait(false);
                if (notification is null) break;
                BlockAnnounce announce;
                try
                {
                    announce = BlockAnnounce.Decode(notification);
                }
                catch (ProtocolDecodeException e)
                {
                    ReportPeer(id, BadMessage with { Reason = "Invalid block announcement: " + e.Message });
                    break;
                }
                OnBlockAnnounce(peer, announce);
            }
        }
        catch (Libp2pProtocolException e)
        {
            ReportPeer(id, BadMessage with { Reason = e.Message });
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
        await DropAsync(peer, "their block announces substream closed").ConfigureAwait(false);
    }

    private Task AcceptTransactionsAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken) =>
        AcceptRolesSubstreamAsync(connection, substream, TransactionsProtocol, OnTransactions, cancellationToken);

    // GRANDPA messages arrive with the consensus issue; until then they are read (within the limit) and dropped.
    private Task AcceptGrandpaAsync(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken) =>
        AcceptRolesSubstreamAsync(connection, substream, GrandpaProtocol, static (_, _) => { }, cancellationToken);

    /// <summary>Accepts a roles-handshake notification substream from a peer holding a slot and reads its notifications.</summary>
    private async Task AcceptRolesSubstreamAsync(Libp2pConnection connection, NegotiatedSubstream substream, NotificationProtocol protocol,
        Action<ConnectedPeer, byte[]> onNotification, CancellationToken cancellationToken)
    {
        PeerId id = connection.RemotePeerId;
        byte[] raw = await NotificationHandshake.ReadInboundAsync(substream, cancellationToken).ConfigureAwait(false);
        try
        {
            RolesCodec.Decode(raw);
        }
        catch (ProtocolDecodeException e)
        {
            ReportPeer(id, BadHandshake with { Reason = $"Invalid {protocol.Name} handshake: {e.Message}" });
            return;
        }
        // Only peers with a block-announces slot get the other protocols (Substrate ties them to the sync peer set).
        if (!_peers.TryGetValue(id, out ConnectedPeer? peer)) return;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, peer.Closing.Token);
        try
        {
            await LengthPrefixed.WriteAsync(substream.Stream, RolesCodec.Encode(Configuration.Roles), linked.Token).ConfigureAwait(false);
            while (await LengthPrefixed.ReadAsync(substream.Stream, protocol.MaxNotificationSize, linked.Token).ConfigureAwait(false) is { } notification)
                onNotification(peer, notification);
        }
        catch (Libp2pProtocolException e)
        {
            ReportPeer(id, BadMessage with { Reason = e.Message });
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Frees the peer's slot, closes its substreams and connections, and tells sync it is gone.</summary>
    private async Task DropAsync(ConnectedPeer peer, string reason)
    {
        lock (_slots)
        {
            if (!_peers.TryGetValue(peer.PeerId, out ConnectedPeer? current) || current != peer) return;
            _peers.TryRemove(peer.PeerId, out _);
            if (!peer.Reserved)
            {
                if (peer.Light) _light--;
                else if (peer.Inbound) _inbound--;
                else _outbound--;
            }
        }
        bool wasOpen = peer.IsOpen;
        await peer.Closing.CancelAsync().ConfigureAwait(false);
        NotificationsSink?[] sinks;
        lock (peer) sinks = [peer.BlockAnnounces, peer.Transactions, peer.Grandpa];
        foreach (NotificationsSink? sink in sinks)
            if (sink is not null) await sink.DisposeAsync().ConfigureAwait(false);
        CloseConnections(peer.PeerId);
        _logger.LogDebug("Disconnected from {Peer}: {Reason}", peer.PeerId, reason);
        if (wasOpen) Raise(PeerDisconnected, peer.PeerId);
    }

    private void CloseConnections(PeerId peer)
    {
        foreach (Libp2pConnection connection in _host.Connections)
            if (connection.RemotePeerId == peer) _ = connection.DisposeAsync().AsTask();
    }

    private void Raise<T>(Action<T>? handler, T argument)
    {
        try
        {
            handler?.Invoke(argument);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A network event handler failed");
        }
    }

    private void Raise<T1, T2>(Action<T1, T2>? handler, T1 first, T2 second)
    {
        try
        {
            handler?.Invoke(first, second);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A network event handler failed");
        }
    }
}
