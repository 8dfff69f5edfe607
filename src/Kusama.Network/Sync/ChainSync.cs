using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Protocols;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Network.Sync;

/// <summary>
/// The full-sync state machine of sc-network-sync (<c>ChainSync</c>), deterministic and free of I/O: it tracks each
/// peer's best block and common ancestor, decides the next block request per peer (ancestry search, ranges of the chain
/// that extends ours, forks by hash), validates responses, hands blocks that continue the queued chain to import in order,
/// and reacts to import results. Not thread-safe: <see cref="SyncingEngine"/> serializes the calls.
/// </summary>
public sealed partial class ChainSync
{
    /// <summary>Blocks asked for in one request (Substrate's default <c>max_blocks_per_request</c>).</summary>
    public const uint MaxBlocksToRequest = 64;

    /// <summary>No new downloads while this many blocks wait for import (Substrate's <c>MAX_IMPORTING_BLOCKS</c>).</summary>
    public const int MaxImportingBlocks = 2048;

    /// <summary>How far above the queued chain ranges are handed out (Substrate's <c>MAX_DOWNLOAD_AHEAD</c>).</summary>
    public const uint MaxDownloadAhead = 2048;

    /// <summary>Being more than this many blocks behind the peers is a major sync (Substrate's <c>MAJOR_SYNC_BLOCKS</c>).</summary>
    public const uint MajorSyncBlocks = 5;

    /// <summary>Substrate's default <c>max_parallel_downloads</c>: peers that may fetch the same range outside major sync.</summary>
    public const int MaxParallelDownloads = 5;

    private const BlockAttributes DownloadFields = BlockAttributes.Header | BlockAttributes.Body | BlockAttributes.Justification;
    private const BlockAttributes AncestryFields = BlockAttributes.Header | BlockAttributes.Justification;

    private readonly BlockTree _tree;
    private readonly ILogger _logger;
    private readonly Dictionary<PeerId, PeerSync> _peers = [];
    private readonly BlockCollection _blocks = new();
    private readonly Dictionary<Hash256, ForkTarget> _forkTargets = [];
    private readonly HashSet<Hash256> _queued = [];
    private readonly List<PeerReport> _reports = [];
    private readonly List<IncomingBlock> _ready = [];
    private BlockInfo _bestQueued;

    public ChainSync(BlockTree tree, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        _tree = tree;
        _logger = logger ?? NullLogger.Instance;
        _bestQueued = tree.Best;
        StartingBlock = tree.Best.Number;
    }

    /// <summary>Changes on every restart; import results of an older generation only release their blocks.</summary>
    public int Generation { get; private set; }

    /// <summary>Our best block when sync started.</summary>
    public uint StartingBlock { get; }

    /// <summary>Blocks imported through sync so far.</summary>
    public long ImportedBlocks { get; private set; }

    /// <summary>Sync peers.</summary>
    public int PeerCount => _peers.Count;

    /// <summary>Blocks handed to import and not yet processed.</summary>
    public int QueuedBlocks => _queued.Count;

    /// <summary>The highest block imported or handed to import.</summary>
    public BlockInfo BestQueued => _bestQueued;

    /// <summary>Whether the node is more than <see cref="MajorSyncBlocks"/> behind the median of its peers.</summary>
    public bool IsMajorSyncing => Status().IsMajorSyncing;

    /// <summary>A new sync peer with its best block (from the block-announces handshake).</summary>
    public void AddPeer(PeerId peer, Hash256 bestHash, uint bestNumber)
    {
        ArgumentNullException.ThrowIfNull(peer);
        if (_peers.ContainsKey(peer)) return;
        var state = new PeerSync(peer, bestHash, bestNumber);
        _peers.Add(peer, state);
        _logger.LogDebug("New sync peer {Peer} with best #{Number} ({Hash})", peer, bestNumber, bestHash);
        StartPeer(state);
    }

    /// <summary>Forgets <paramref name="peer"/>; what it was downloading goes to other peers.</summary>
    public void RemovePeer(PeerId peer)
    {
        if (!_peers.Remove(peer)) return;
        _blocks.ClearPeerDownload(peer);
        List<Hash256>? orphaned = null;
        foreach (ForkTarget target in _forkTargets.Values)
        {
            target.Peers.Remove(peer);
            if (peer.Equals(target.Downloader)) target.Downloader = null;
            if (target.Peers.Count == 0) (orphaned ??= []).Add(target.Hash);
        }
        if (orphaned is not null)
            foreach (Hash256 hash in orphaned) _forkTargets.Remove(hash);
    }

    /// <summary>
    /// A block announcement: a new best moves the peer's best block; an unknown block becomes a download, by range when
    /// it continues the chain we are downloading, otherwise as a fork target.
    /// </summary>
    public void OnBlockAnnounce(PeerId peer, BlockAnnounce announce)
    {
        ArgumentNullException.ThrowIfNull(announce);
        if (!_peers.TryGetValue(peer, out PeerSync? state)) return;
        Hash256 hash = announce.Header.Hash();
        uint number = announce.Header.Number;
        bool isBest = announce.State is null or BlockState.Best;
        if (isBest)
        {
            state.BestHash = hash;
            state.BestNumber = number;
        }
        RefreshBestQueued();
        if (IsKnown(hash))
        {
            if (isBest && IsOnOurChain(hash, number))
            {
                state.CommonNumber = Math.Max(state.CommonNumber, number);
                state.OnOurChain = true;
            }
            return;
        }
        if (state.State == PeerSyncState.AncestorSearch || state.RestartPending) return;
        if (number <= _tree.FinalizedBlock.Number) return;

        Hash256 parent = announce.Header.ParentHash;
        if (IsKnown(parent))
        {
            if (isBest && number > 0 && IsOnOurChain(parent, number - 1))
            {
                state.CommonNumber = number - 1;
                state.OnOurChain = true;
            }
            if (isBest && parent == _bestQueued.Hash) return;
            AddForkTarget(state, hash, number);
            return;
        }
        if (isBest && state.OnOurChain) return;
        AddForkTarget(state, hash, number);
    }

    /// <summary>The requests to send now, at most one per peer; each peer is marked busy until its answer or failure.</summary>
    public List<(PeerId Peer, BlockRequest Request)> NextRequests()
    {
        RefreshBestQueued();
        PruneForkTargets();
        var requests = new List<(PeerId, BlockRequest)>();
        bool canDownload = _queued.Count < MaxImportingBlocks;
        foreach (PeerSync peer in _peers.Values)
        {
            if (peer.InFlight is not null) continue;
            BlockRequest? request = peer.State == PeerSyncState.AncestorSearch
                ? AncestryRequest(peer.Search!.Current)
                : canDownload ? ForkRequest(peer) ?? RangeRequest(peer) : null;
            if (request is null) continue;
            if (IsThirdRepeat(peer, request)) continue;
            peer.InFlight = request;
            requests.Add((peer.Id, request));
        }
        return requests;
    }

    /// <summary>The reputation changes decided since the last call.</summary>
    public List<PeerReport> TakeReports()
    {
        var reports = new List<PeerReport>(_reports);
        _reports.Clear();
        return reports;
    }

    /// <summary>The blocks to import now, in import order (parents first), since the last call.</summary>
    public List<IncomingBlock> TakeReadyBlocks()
    {
        var ready = new List<IncomingBlock>(_ready);
        _ready.Clear();
        return ready;
    }

    /// <summary>The sync status: state, target, peers, queue.</summary>
    public SyncStatus Status()
    {
        RefreshBestQueued();
        uint? median = MedianSeen();
        uint best = _tree.Best.Number;
        SyncState state = SyncState.Idle;
        if (median is uint target && target > best && target - best > MajorSyncBlocks)
            state = target > _bestQueued.Number ? SyncState.Downloading : SyncState.Importing;
        uint? bestSeen = median is uint m && m > _bestQueued.Number ? m : null;
        return new SyncStatus(state, bestSeen, _peers.Count, _queued.Count, StartingBlock, ImportedBlocks);
    }

    /// <summary>What sync is doing with <paramref name="peer"/>, or null when it is not a sync peer.</summary>
    internal PeerSyncState? PeerState(PeerId peer) => _peers.TryGetValue(peer, out PeerSync? state) ? state.State : null;

    /// <summary>The common block number with <paramref name="peer"/>, or null when it is not a sync peer.</summary>
    internal uint? PeerCommonNumber(PeerId peer) => _peers.TryGetValue(peer, out PeerSync? state) ? state.CommonNumber : null;

    /// <summary>
    /// A third identical request to a peer is not sent (<see cref="PeerSync.TryRecordRequest"/>); what it would have
    /// downloaded is released for other peers.
    /// </summary>
    private bool IsThirdRepeat(PeerSync peer, BlockRequest request)
    {
        if (peer.TryRecordRequest(request)) return false;
        _logger.LogDebug("Not sending {Peer} the same block request a third time", peer.Id);
        _blocks.ClearPeerDownload(peer.Id);
        if (peer.Fork is { } fork) fork.Downloader = null;
        peer.Fork = null;
        if (peer.State is PeerSyncState.DownloadingNew or PeerSyncState.DownloadingStale) peer.State = PeerSyncState.Available;
        return true;
    }

    private uint? MedianSeen()
    {
        if (_peers.Count == 0) return null;
        Span<uint> bests = _peers.Count <= 256 ? stackalloc uint[_peers.Count] : new uint[_peers.Count];
        int i = 0;
        foreach (PeerSync peer in _peers.Values) bests[i++] = peer.BestNumber;
        bests.Sort();
        return bests[bests.Length / 2];
    }

    private void StartPeer(PeerSync peer)
    {
        peer.Fork = null;
        peer.Search = null;
        peer.State = PeerSyncState.Available;
        RefreshBestQueued();
        if (IsKnown(peer.BestHash))
        {
            peer.CommonNumber = peer.BestNumber;
            peer.OnOurChain = IsOnOurChain(peer.BestHash, peer.BestNumber);
            return;
        }
        BlockInfo best = _tree.Best;
        if (best.Number == 0)
        {
            // Everything of the peer's above genesis is new: no search needed.
            peer.CommonNumber = 0;
            peer.OnOurChain = true;
            return;
        }
        peer.State = PeerSyncState.AncestorSearch;
        peer.Search = new AncestorSearch(Math.Min(best.Number, peer.BestNumber), best.Number);
        _logger.LogDebug("Starting ancestry search with {Peer} at #{Number}", peer.Id, peer.Search.Current);
    }

    private void RefreshBestQueued()
    {
        BlockInfo best = _tree.Best;
        if (_queued.Count == 0 || best.Number > _bestQueued.Number) _bestQueued = best;
    }

    private bool IsKnown(Hash256 hash) => _queued.Contains(hash) || _tree.Contains(hash);

    private bool IsOnOurChain(Hash256 hash, uint number) =>
        hash == _bestQueued.Hash || _queued.Contains(hash) || _tree.GetHash(number) == hash;

    private void AddForkTarget(PeerSync peer, Hash256 hash, uint number)
    {
        if (!_forkTargets.TryGetValue(hash, out ForkTarget? target))
        {
            target = new ForkTarget(hash, number);
            _forkTargets.Add(hash, target);
            _logger.LogDebug("Fork target #{Number} ({Hash}) announced by {Peer}", number, hash, peer.Id);
        }
        target.Peers.Add(peer.Id);
    }

    private void PruneForkTargets()
    {
        if (_forkTargets.Count == 0) return;
        uint finalized = _tree.FinalizedBlock.Number;
        List<Hash256>? done = null;
        foreach (ForkTarget target in _forkTargets.Values)
            if (target.Downloader is null && (IsKnown(target.Hash) || target.Number <= finalized))
                (done ??= []).Add(target.Hash);
        if (done is not null)
            foreach (Hash256 hash in done) _forkTargets.Remove(hash);
    }

    private static BlockRequest AncestryRequest(uint number) =>
        new(AncestryFields, null, number, BlockDirection.Ascending, 1, true);

    private BlockRequest? ForkRequest(PeerSync peer)
    {
        uint finalized = _tree.FinalizedBlock.Number;
        foreach (ForkTarget target in _forkTargets.Values)
        {
            if (target.Downloader is not null || !target.Peers.Contains(peer.Id)) continue;
            uint next = target.NextNumber;
            if (next <= finalized) continue;
            uint floor = Math.Max(peer.CommonNumber, finalized);
            uint count = next > floor ? Math.Min(MaxBlocksToRequest, next - floor) : 1;
            target.Downloader = peer.Id;
            peer.Fork = target;
            peer.State = PeerSyncState.DownloadingStale;
            _logger.LogDebug("Requesting {Count} fork blocks from {Peer}, descending from #{Number} ({Hash})", count, peer.Id, next, target.NextHash);
            return new BlockRequest(DownloadFields, target.NextHash, null, BlockDirection.Descending, count, true);
        }
        return null;
    }

    private BlockRequest? RangeRequest(PeerSync peer)
    {
        if (!peer.OnOurChain || peer.BestNumber <= _bestQueued.Number) return null;
        uint first = _bestQueued.Number + 1;
        uint limit = _bestQueued.Number + MaxDownloadAhead;
        int maxParallel = IsMajorSyncing ? 1 : MaxParallelDownloads;
        if (_blocks.NeededBlocks(peer.Id, first, peer.BestNumber, limit, MaxBlocksToRequest, maxParallel) is not (uint start, uint end)) return null;
        uint last = end - 1;
        peer.State = PeerSyncState.DownloadingNew;
        _logger.LogDebug("Requesting blocks #{Start}..#{Last} from {Peer}", start, last, peer.Id);
        // As Substrate: descend from the top of the range, by hash when it is the peer's best block.
        return peer.BestNumber == last
            ? new BlockRequest(DownloadFields, peer.BestHash, null, BlockDirection.Descending, end - start, true)
            : new BlockRequest(DownloadFields, null, last, BlockDirection.Descending, end - start, true);
    }
}
