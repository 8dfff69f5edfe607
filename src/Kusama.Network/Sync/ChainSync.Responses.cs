using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Import;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Scale;
using Microsoft.Extensions.Logging;

namespace Kusama.Network.Sync;

public sealed partial class ChainSync
{
    private static readonly byte[] GrandpaEngineId = "FRNK"u8.ToArray();

    /// <summary>The answer to <paramref name="request"/> from <paramref name="peer"/>; answers to anything else are ignored.</summary>
    public void OnBlockResponse(PeerId peer, BlockRequest request, BlockResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!_peers.TryGetValue(peer, out PeerSync? state) || !ReferenceEquals(state.InFlight, request)) return;
        state.InFlight = null;
        if (state.RestartPending)
        {
            state.RestartPending = false;
            StartPeer(state);
            return;
        }
        switch (state.State)
        {
            case PeerSyncState.AncestorSearch:
                OnAncestryResponse(state, response);
                break;
            case PeerSyncState.DownloadingNew:
                OnRangeResponse(state, request, response);
                break;
            case PeerSyncState.DownloadingStale:
                OnForkResponse(state, request, response);
                break;
        }
    }

    /// <summary>The request to <paramref name="peer"/> failed (timeout, refusal, closed connection): the peer is reported and dropped.</summary>
    public void OnRequestFailed(PeerId peer, BlockRequest request, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!_peers.TryGetValue(peer, out PeerSync? state) || !ReferenceEquals(state.InFlight, request)) return;
        state.InFlight = null;
        ReputationChange change = error is TimeoutException or OperationCanceledException ? SyncReputation.Timeout : SyncReputation.Refused;
        BadPeer(state, change, $"block request failed: {error.Message}");
    }

    /// <summary>
    /// Import results (sc-network-sync <c>on_blocks_processed</c>): imported blocks advance; an unknown parent restarts
    /// sync; an invalid block costs its sender <see cref="SyncReputation.BadBlock"/> and the connection, then sync restarts.
    /// </summary>
    public void OnBlocksProcessed(int generation, IReadOnlyList<BlockImportOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (BlockImportOutcome outcome in outcomes)
        {
            _queued.Remove(outcome.Block.Hash);
            if (outcome.Result == ImportResult.Imported) ImportedBlocks++;
        }
        if (generation != Generation) return;
        bool restart = false;
        foreach (BlockImportOutcome outcome in outcomes)
        {
            IncomingBlock block = outcome.Block;
            if (outcome.Error is BlockImportException || outcome.Result == ImportResult.KnownBad)
            {
                _logger.LogDebug("Block #{Number} ({Hash}) from {Peer} is bad: {Reason}", block.Number, block.Hash, block.Origin,
                    outcome.Error?.Message ?? "known bad");
                if (_peers.TryGetValue(block.Origin, out PeerSync? origin))
                    BadPeer(origin, SyncReputation.BadBlock, "sent a bad block");
                else
                    _reports.Add(new PeerReport(block.Origin, SyncReputation.BadBlock, true));
                restart = true;
            }
            else if (outcome.Error is not null)
            {
                _logger.LogDebug("Importing block #{Number} ({Hash}) failed: {Reason}", block.Number, block.Hash, outcome.Error.Message);
                restart = true;
            }
            else if (outcome.Result == ImportResult.UnknownParent)
            {
                _logger.LogDebug("Block #{Number} ({Hash}) has an unknown parent {Parent}; restarting sync", block.Number, block.Hash, block.Header.ParentHash);
                restart = true;
            }
        }
        if (restart) Restart();
    }

    private void Restart()
    {
        Generation++;
        _blocks.Clear();
        _queued.Clear();
        _ready.Clear();
        _forkTargets.Clear();
        _bestQueued = _tree.Best;
        foreach (PeerSync peer in _peers.Values)
        {
            if (peer.InFlight is not null)
            {
                peer.RestartPending = true;
                continue;
            }
            StartPeer(peer);
        }
    }

    private void OnAncestryResponse(PeerSync peer, BlockResponse response)
    {
        AncestorSearch search = peer.Search!;
        if (response.Blocks.Count != 1 || !TryDecodeHeader(response.Blocks[0], out Header? header) ||
            header.Number != search.Current || header.Hash() != response.Blocks[0].Hash)
        {
            BadPeer(peer, SyncReputation.UnknownAncestor, $"invalid answer to the ancestry search at #{search.Current}");
            return;
        }
        bool matched = _tree.GetHash(search.Current) == response.Blocks[0].Hash;
        bool done;
        uint common;
        try
        {
            done = search.Advance(matched, out common);
        }
        catch (InvalidOperationException exception)
        {
            BadPeer(peer, SyncReputation.GenesisMismatch, exception.Message);
            return;
        }
        if (!done) return;

        peer.Search = null;
        peer.State = PeerSyncState.Available;
        peer.CommonNumber = common;
        peer.OnOurChain = common == search.Start;
        _logger.LogDebug("Ancestry search with {Peer} done: common block #{Number}", peer.Id, common);
        RefreshBestQueued();
        if (!peer.OnOurChain && peer.BestNumber > _bestQueued.Number)
            AddForkTarget(peer, peer.BestHash, peer.BestNumber);
    }

    private void OnRangeResponse(PeerSync peer, BlockRequest request, BlockResponse response)
    {
        peer.State = PeerSyncState.Available;
        if (!TryValidate(peer, request, response, out List<IncomingBlock>? blocks)) return;
        if (blocks.Count == 0)
        {
            _blocks.ClearPeerDownload(peer.Id);
            _reports.Add(new PeerReport(peer.Id, SyncReputation.NoBlock, false));
            // It no longer has what it announced: find out again where its chain is.
            StartPeer(peer);
            return;
        }
        _blocks.Insert(peer.Id, blocks);
        DrainReady();
    }

    private void OnForkResponse(PeerSync peer, BlockRequest request, BlockResponse response)
    {
        ForkTarget? target = peer.Fork;
        peer.Fork = null;
        peer.State = PeerSyncState.Available;
        if (target is null) return;
        target.Downloader = null;
        if (!TryValidate(peer, request, response, out List<IncomingBlock>? blocks)) return;
        if (blocks.Count == 0)
        {
            target.Peers.Remove(peer.Id);
            if (target.Peers.Count == 0) _forkTargets.Remove(target.Hash);
            return;
        }
        foreach (IncomingBlock block in blocks)
        {
            if (IsKnown(block.Hash)) break;
            target.Downloaded.Add(block);
        }
        if (target.Downloaded.Count == 0)
        {
            _forkTargets.Remove(target.Hash);
            return;
        }
        IncomingBlock lowest = target.Downloaded[^1];
        if (IsKnown(lowest.Header.ParentHash))
        {
            _forkTargets.Remove(target.Hash);
            _logger.LogDebug("Fork #{From}..#{To} ({Hash}) downloaded from {Peer}", lowest.Number, target.Number, target.Hash, peer.Id);
            for (int i = target.Downloaded.Count - 1; i >= 0; i--) Queue(target.Downloaded[i]);
            DrainReady();
            return;
        }
        if (lowest.Number <= _tree.FinalizedBlock.Number + 1 || target.Downloaded.Count >= MaxImportingBlocks)
        {
            // Its root is below our finalized block (or too far back): this fork can never become best.
            _logger.LogDebug("Dropping fork target #{Number} ({Hash}): no known ancestor above the finalized block", target.Number, target.Hash);
            _forkTargets.Remove(target.Hash);
        }
    }

    private void DrainReady()
    {
        RefreshBestQueued();
        List<IncomingBlock> ready = _blocks.TakeReady(_bestQueued, out PeerId? mismatch);
        foreach (IncomingBlock block in ready) Queue(block);
        if (mismatch is not null && _peers.TryGetValue(mismatch, out PeerSync? peer))
        {
            _logger.LogDebug("Blocks from {Peer} do not continue our chain; searching for its ancestor again", mismatch);
            if (peer.InFlight is null) StartPeer(peer);
            else peer.RestartPending = true;
        }
    }

    private void Queue(IncomingBlock block)
    {
        if (!_queued.Add(block.Hash)) return;
        _ready.Add(block);
        if (block.Number > _bestQueued.Number) _bestQueued = new BlockInfo(block.Hash, block.Number);
    }

    private void BadPeer(PeerSync peer, ReputationChange change, string reason)
    {
        _logger.LogDebug("Peer {Peer}: {Reason} ({Change})", peer.Id, reason, change);
        _reports.Add(new PeerReport(peer.Id, change, true));
        RemovePeer(peer.Id);
    }

    /// <summary>
    /// Checks a download response (sc-network-sync <c>validate_blocks</c>): no more blocks than asked, each with a header
    /// matching its hash, the first the one asked for, each the parent of the one before. On failure the peer is reported.
    /// </summary>
    private bool TryValidate(PeerSync peer, BlockRequest request, BlockResponse response, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<IncomingBlock>? blocks)
    {
        blocks = null;
        if (response.Blocks.Count > request.MaxBlocks)
        {
            BadPeer(peer, SyncReputation.NotRequested, $"sent {response.Blocks.Count} blocks for a request of {request.MaxBlocks}");
            return false;
        }
        var result = new List<IncomingBlock>(response.Blocks.Count);
        for (int i = 0; i < response.Blocks.Count; i++)
        {
            BlockData data = response.Blocks[i];
            if (data.Header.Length == 0)
            {
                BadPeer(peer, SyncReputation.IncompleteHeader, $"block {data.Hash} has no header");
                return false;
            }
            if (!TryDecodeHeader(data, out Header? header))
            {
                BadPeer(peer, SyncReputation.BadMessage, $"the header of block {data.Hash} does not decode");
                return false;
            }
            if (header.Hash() != data.Hash)
            {
                BadPeer(peer, SyncReputation.BadBlock, $"block {data.Hash} does not match its header");
                return false;
            }
            if (!TryJustifications(data, out Justifications? justifications))
            {
                BadPeer(peer, SyncReputation.BadJustification, $"the justifications of block {data.Hash} do not decode");
                return false;
            }
            bool expected = i == 0
                ? request.FromHash is { } from ? from == data.Hash : header.Number == request.FromNumber
                : result[i - 1].Header.ParentHash == data.Hash && header.Number + 1 == result[i - 1].Number;
            if (!expected)
            {
                BadPeer(peer, SyncReputation.NotRequested, $"block #{header.Number} {data.Hash} is not the one asked for");
                return false;
            }
            byte[][] body = data.Body as byte[][] ?? [.. data.Body];
            result.Add(new IncomingBlock(data.Hash, header, body, justifications, peer.Id));
        }
        blocks = result;
        return true;
    }

    private static bool TryDecodeHeader(BlockData data, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Header? header)
    {
        header = null;
        if (data.Header.Length == 0) return false;
        try
        {
            header = ScaleCodec.Decode<Header>(data.Header);
            return true;
        }
        catch (ScaleDecodeException)
        {
            return false;
        }
    }

    private static bool TryJustifications(BlockData data, out Justifications? justifications)
    {
        justifications = null;
        if (data.Justifications.Length > 0)
        {
            try
            {
                justifications = ScaleCodec.Decode<Justifications>(data.Justifications);
                return true;
            }
            catch (ScaleDecodeException)
            {
                return false;
            }
        }
        if (data.Justification.Length > 0 || data.IsEmptyJustification)
            justifications = new Justifications([new Justification(GrandpaEngineId, data.Justification)]);
        return true;
    }
}
