using System.Security.Cryptography;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Libp2p.Multiaddrs;
using Kusama.Network.Libp2p.Transport;

namespace Kusama.Network.Libp2p.Kademlia;

public sealed partial class Discovery
{
    /// <summary>Queries in flight per lookup (Kademlia's α).</summary>
    public const int Parallelism = 3;

    /// <summary>The delay before the second random walk; it doubles after each walk.</summary>
    public static readonly TimeSpan FirstWalkInterval = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between random walks (Substrate's 60 s).</summary>
    public static readonly TimeSpan MaxWalkInterval = TimeSpan.FromSeconds(60);

    /// <summary>How long dialling one peer for a query may take.</summary>
    public static readonly TimeSpan DialTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// An iterative FIND_NODE lookup for <paramref name="target"/>: queries the closest known peers (and bootnodes not yet
    /// connected) <see cref="Parallelism"/> at a time, over an open connection or by dialling, until the
    /// <see cref="KBucketsTable.K"/> closest peers seen have all answered or none is left to ask. Returns those peers,
    /// closest first; every peer learned is added to the table and reported (once per lookup) through <see cref="PeerDiscovered"/>.
    /// </summary>
    public async Task<IReadOnlyList<KademliaPeer>> LookupAsync(PeerId target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        byte[] key = target.Bytes.ToArray();
        List<LookupCandidate> closest = await RunLookupAsync(key, (connection, token) => Protocol.FindNodeAsync(connection, key, token),
            finished: null, cancellationToken).ConfigureAwait(false);
        var result = new List<KademliaPeer>(closest.Count);
        foreach (LookupCandidate candidate in closest) result.Add(new KademliaPeer(candidate.PeerId, candidate.Addresses.ToArray()));
        return result;
    }

    // The iterative lookup every DHT operation shares: asks `request` of the closest candidates α at a time, learning closer
    // peers from each answer, until the K closest have answered, none is left, or `finished` says the caller has its result.
    // Returns the closest candidates that answered, closest first.
    private async Task<List<LookupCandidate>> RunLookupAsync(byte[] key,
        Func<Libp2pConnection, CancellationToken, Task<IReadOnlyList<KademliaPeer>>> request, Func<bool>? finished,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var targetKey = KademliaKey.FromPreimage(key);
        var candidates = new Dictionary<PeerId, LookupCandidate>();
        foreach (KademliaPeer peer in Table.ClosestPeers(targetKey))
            AddCandidate(candidates, targetKey, peer.PeerId, peer.Addresses);
        foreach ((PeerId peerId, Multiaddr address) in _bootnodes)
        {
            // A bootnode we failed to reach may have been evicted; it is asked again on every lookup until it answers.
            Table.AddOrUpdate(peerId, [address], IsConnected(peerId));
            AddCandidate(candidates, targetKey, peerId, [address]);
        }
        var inFlight = new Dictionary<Task<IReadOnlyList<KademliaPeer>>, LookupCandidate>();
        var reported = new HashSet<PeerId>();
        // Queries still running when the caller is satisfied are cancelled rather than left to time out.
        using CancellationTokenSource abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (finished?.Invoke() != true)
            {
                List<LookupCandidate> closest = ClosestUsable(candidates);
                foreach (LookupCandidate candidate in closest)
                {
                    if (inFlight.Count >= Parallelism) break;
                    if (candidate.State != LookupState.NotContacted) continue;
                    candidate.State = LookupState.Waiting;
                    inFlight.Add(QueryAsync(candidate, request, abandon.Token), candidate);
                }
                if (inFlight.Count == 0) break;
                Task<IReadOnlyList<KademliaPeer>> done = await Task.WhenAny(inFlight.Keys).ConfigureAwait(false);
                LookupCandidate queried = inFlight[done];
                inFlight.Remove(done);
                cancellationToken.ThrowIfCancellationRequested();
                if (!done.IsCompletedSuccessfully)
                {
                    _ = done.Exception; // observed: an unreachable or misbehaving peer is an expected outcome of a walk
                    queried.State = LookupState.Failed;
                    // A peer we cannot reach is dropped from the table; bootnodes are re-added on the next lookup.
                    if (!IsConnected(queried.PeerId)) Table.Remove(queried.PeerId);
                    continue;
                }
                queried.State = LookupState.Succeeded;
                foreach (KademliaPeer peer in done.Result)
                {
                    if (peer.PeerId == _host.LocalPeerId) continue;
                    Multiaddr[] usable = Usable(peer.Addresses);
                    if (usable.Length == 0) continue;
                    Table.AddOrUpdate(peer.PeerId, usable, IsConnected(peer.PeerId));
                    AddCandidate(candidates, targetKey, peer.PeerId, usable);
                    if (reported.Add(peer.PeerId)) Raise(peer.PeerId, usable);
                }
            }
        }
        finally
        {
            if (inFlight.Count > 0)
            {
                await abandon.CancelAsync().ConfigureAwait(false);
                // Wait for them so none outlives the token source, and observe their failures.
                try
                {
                    await Task.WhenAll(inFlight.Keys).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Cancelled or failed queries of a finished lookup are of no interest.
                }
            }
        }
        var result = new List<LookupCandidate>();
        foreach (LookupCandidate candidate in ClosestUsable(candidates))
            if (candidate.State == LookupState.Succeeded) result.Add(candidate);
        return result;
    }

    private async Task RandomWalkAsync(CancellationToken cancellationToken)
    {
        TimeSpan delay = TimeSpan.Zero, next = FirstWalkInterval;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                if (_options.ConnectedPeers() < _options.DiscoveryOnlyIfUnderNum)
                    await LookupAsync(RandomPeerId(), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // A failed walk is simply retried on schedule.
            }
            delay = next;
            next = next * 2 < MaxWalkInterval ? next * 2 : MaxWalkInterval;
        }
    }

    // As rust-libp2p's PeerId::random: an identity multihash over 32 random bytes, a uniformly random point to walk to.
    private static PeerId RandomPeerId()
    {
        byte[] multihash = new byte[34];
        multihash[0] = 0x00;
        multihash[1] = 32;
        RandomNumberGenerator.Fill(multihash.AsSpan(2));
        return PeerId.FromBytes(multihash);
    }

    private void AddCandidate(Dictionary<PeerId, LookupCandidate> candidates, KademliaKey target, PeerId peerId, IReadOnlyList<Multiaddr> addresses)
    {
        if (peerId == _host.LocalPeerId) return;
        if (!candidates.TryGetValue(peerId, out LookupCandidate? candidate))
        {
            candidate = new LookupCandidate(peerId, KademliaKey.FromPeerId(peerId).DistanceTo(target));
            candidates.Add(peerId, candidate);
        }
        foreach (Multiaddr address in addresses)
            if (!candidate.Addresses.Contains(address)) candidate.Addresses.Add(address);
    }

    // The K closest candidates that have not failed: the lookup is done once all of them have answered.
    private static List<LookupCandidate> ClosestUsable(Dictionary<PeerId, LookupCandidate> candidates)
    {
        var list = new List<LookupCandidate>(candidates.Count);
        foreach (LookupCandidate candidate in candidates.Values)
            if (candidate.State != LookupState.Failed) list.Add(candidate);
        list.Sort(static (a, b) => a.Distance.CompareTo(b.Distance));
        if (list.Count > KBucketsTable.K) list.RemoveRange(KBucketsTable.K, list.Count - KBucketsTable.K);
        return list;
    }

    private async Task<IReadOnlyList<KademliaPeer>> QueryAsync(LookupCandidate candidate,
        Func<Libp2pConnection, CancellationToken, Task<IReadOnlyList<KademliaPeer>>> request, CancellationToken cancellationToken)
    {
        Libp2pConnection connection = await ConnectAsync(candidate, cancellationToken).ConfigureAwait(false);
        return await request(connection, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Libp2pConnection> ConnectAsync(LookupCandidate candidate, CancellationToken cancellationToken) =>
        FindConnection(candidate.PeerId) ?? await DialAsync(candidate, cancellationToken).ConfigureAwait(false);

    private Libp2pConnection? FindConnection(PeerId peerId)
    {
        foreach (Libp2pConnection connection in _host.Connections)
            if (connection.RemotePeerId == peerId && !connection.IsClosed) return connection;
        return null;
    }

    private async Task<Libp2pConnection> DialAsync(LookupCandidate candidate, CancellationToken cancellationToken)
    {
        Exception? last = null;
        foreach (Multiaddr address in candidate.Addresses.ToArray())
        {
            using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(DialTimeout);
            try
            {
                return await _host.DialAsync(address.With(MultiaddrComponent.P2p(candidate.PeerId)), timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                last = e;
            }
        }
        throw new Libp2pProtocolException($"could not reach {candidate.PeerId} at any of {candidate.Addresses.Count} addresses", last!);
    }
}
