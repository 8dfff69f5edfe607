using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;
using Microsoft.Extensions.Logging;

namespace Kusama.Network.Service;

// Whom to dial (sc-network's peer set): reserved peers always, then bootnodes and discovered peers while outbound slots
// are free; failed peers back off. Connections that never got a slot are closed after the idle timeout.
public sealed partial class NetworkService
{
    /// <summary>Substrate's idle connection timeout: a connection without a notification substream is closed after it.</summary>
    public static readonly TimeSpan IdleConnectionTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan SlotAllocationInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<PeerId, Multiaddr> _reserved = new();
    private readonly ConcurrentDictionary<PeerId, Multiaddr[]> _addresses = new();
    private readonly ConcurrentDictionary<PeerId, (int Failures, DateTime Until)> _failures = new();
    private readonly ConcurrentDictionary<PeerId, byte> _dialing = new();
    private readonly ConcurrentDictionary<Libp2pConnection, DateTime> _connectedAt = new();

    /// <summary>The reserved peers' ids.</summary>
    public IReadOnlyList<PeerId> ReservedPeers => [.. _reserved.Keys];

    /// <summary>Adds a reserved peer (<c>system_addReservedPeer</c>): it is dialled and kept outside the slot limits.</summary>
    /// <exception cref="ArgumentException">The address has no <c>/p2p/</c> peer id, or it is ours.</exception>
    public void AddReservedPeer(Multiaddr address)
    {
        ArgumentNullException.ThrowIfNull(address);
        PeerId id = RequirePeerId(address, "reserved peer");
        if (id == LocalPeerId) throw new ArgumentException("a node cannot reserve itself", nameof(address));
        _reserved[id] = address;
        _failures.TryRemove(id, out _);
    }

    /// <summary>Removes a reserved peer (<c>system_removeReservedPeer</c>); with <c>--reserved-only</c> it is disconnected.</summary>
    public bool RemoveReservedPeer(PeerId peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        bool removed = _reserved.TryRemove(peer, out _);
        if (removed && Configuration.ReservedOnly) DisconnectPeer(peer, "no longer reserved");
        return removed;
    }

    /// <summary>Remembers a dialable address of <paramref name="peer"/> (a bootnode, or one found by discovery).</summary>
    public void AddKnownAddress(PeerId peer, Multiaddr address)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(address);
        if (peer == LocalPeerId || !IsDialable(address)) return;
        Multiaddr dialable = address.PeerId is null ? address.With(MultiaddrComponent.P2p(peer)) : address;
        _addresses.AddOrUpdate(peer, [dialable], (_, known) =>
            Array.IndexOf(known, dialable) >= 0 || known.Length >= 8 ? known : [.. known, dialable]);
    }

    private bool IsDialable(Multiaddr address)
    {
        EndPoint endPoint;
        try
        {
            endPoint = TcpTransport.ToEndPoint(address);
        }
        catch (ArgumentException)
        {
            return false;
        }
        if (endPoint is not IPEndPoint ip) return true; // DNS names are resolved when dialled
        if (ip.Address.Equals(IPAddress.Any) || ip.Address.Equals(IPAddress.IPv6Any) || ip.Port == 0) return false;
        return Configuration.AllowPrivateAddresses || !IsPrivate(ip.Address);
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal) return true;
        if (address.AddressFamily != AddressFamily.InterNetwork) return false;
        byte[] b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && (b[1] & 0xf0) == 16) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254);
    }

    private void Backoff(PeerId peer)
    {
        _failures.AddOrUpdate(peer,
            _ => (1, DateTime.UtcNow + TimeSpan.FromSeconds(2)),
            (_, previous) =>
            {
                int failures = Math.Min(previous.Failures + 1, 8);
                TimeSpan delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, 2 << (failures - 1)));
                return (failures, DateTime.UtcNow + delay);
            });
    }

    private bool InBackoff(PeerId peer) => _failures.TryGetValue(peer, out var failure) && failure.Until > DateTime.UtcNow;

    private async Task SlotAllocationLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SlotAllocationInterval);
        do
        {
            try
            {
                AllocateSlots();
                CloseIdleConnections();
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Peer slot allocation failed");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }

    private void AllocateSlots()
    {
        foreach ((PeerId id, Multiaddr address) in _reserved)
            TryConnect(id, [address]);
        if (Configuration.ReservedOnly) return;
        int free;
        lock (_slots) free = Configuration.OutPeers - _outbound - _dialing.Count;
        if (free <= 0) return;
        foreach ((PeerId id, Multiaddr[] addresses) in _addresses)
        {
            if (free <= 0) break;
            if (_reserved.ContainsKey(id)) continue;
            if (TryConnect(id, addresses)) free--;
        }
    }

    /// <summary>Starts getting a slot with <paramref name="peer"/>: over a connection we already have, else by dialling it.</summary>
    private bool TryConnect(PeerId peer, Multiaddr[] addresses)
    {
        if (_peers.ContainsKey(peer) || InBackoff(peer) || PeerStore.IsBanned(peer) || _dialing.ContainsKey(peer)) return false;
        foreach (Libp2pConnection connection in _host.Connections)
        {
            if (connection.RemotePeerId != peer || connection.IsClosed) continue;
            _ = Task.Run(() => OpenPeerAsync(connection, null));
            return true;
        }
        if (!_dialing.TryAdd(peer, 0)) return false;
        _ = Task.Run(() => DialAsync(peer, addresses));
        return true;
    }

    private async Task DialAsync(PeerId peer, Multiaddr[] addresses)
    {
        try
        {
            foreach (Multiaddr address in addresses)
            {
                try
                {
                    // The established connection is picked up by OnConnectionEstablished, which opens the peer.
                    await _host.DialAsync(address, _stopping.Token).ConfigureAwait(false);
                    return;
                }
                catch (Exception e) when (e is Libp2pProtocolException or SocketException or IOException or ArgumentException)
                {
                    _logger.LogDebug("Dialing {Address} failed: {Error}", address, e.Message);
                }
                catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
                {
                    return;
                }
            }
            Backoff(peer);
        }
        finally
        {
            _dialing.TryRemove(peer, out _);
        }
    }

    private void CloseIdleConnections()
    {
        DateTime idleSince = DateTime.UtcNow - IdleConnectionTimeout;
        foreach ((Libp2pConnection connection, DateTime connectedAt) in _connectedAt)
        {
            if (connectedAt > idleSince || _peers.ContainsKey(connection.RemotePeerId)) continue;
            _connectedAt.TryRemove(connection, out _);
            _logger.LogDebug("Closing idle connection to {Peer}", connection.RemotePeerId);
            _ = connection.DisposeAsync().AsTask();
        }
    }
}
