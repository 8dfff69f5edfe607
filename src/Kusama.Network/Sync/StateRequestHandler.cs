using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.State;
using Kusama.Trie;
using Kusama.Trie.Proofs;

namespace Kusama.Network.Sync;

/// <summary>
/// Answers <c>/state/2</c> requests (sc-network-sync <c>state_request_handler.rs</c>): the state of a block in key order after
/// the requested start, about 2 MiB at a time, descending into each default child trie where the top trie names it.
/// </summary>
/// <remarks>
/// Without a proof the entries are sent (sc-client <c>storage_collection</c>). With one, as Substrate, only a compact range
/// proof (<c>read_proof_collection</c>: every node the walk after the start reads, recorded until its estimated size passes
/// <see cref="MaxResponseBytes"/>, compacted as SCALE <c>CompactProof</c>) and no entries: the requester reads the entries
/// out of the proof with <see cref="RangeProof.Verify"/>.
/// </remarks>
public sealed class StateRequestHandler : DecodedRequestHandler<StateRequest>
{
    /// <summary>
    /// Substrate's <c>MAX_RESPONSE_BYTES</c>: the key and value bytes gathered before a response stops, or with a proof the
    /// recorder's estimated proof size (one entry may pass it).
    /// </summary>
    public const int MaxResponseBytes = 2 * 1024 * 1024;

    /// <summary>Substrate's <c>rep::SAME_REQUEST</c> of the state handler (<c>i32::MIN</c>): the same request answered more than twice.</summary>
    public static readonly ReputationChange SameRequest = new(int.MinValue, "Same state request multiple times");

    private readonly BlockTree _blocks;
    private readonly Action<PeerId, ReputationChange>? _reportPeer;
    private readonly SeenRequests<SeenStateRequest> _seen;

    /// <summary>A handler serving the kept states of <paramref name="blocks"/>; <paramref name="reportPeer"/> hears of repeated requests.</summary>
    public StateRequestHandler(BlockTree blocks, RequestResponseProtocol protocol, Action<PeerId, ReputationChange>? reportPeer = null,
        int peerCountHint = 50)
        : base(protocol)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        _blocks = blocks;
        _reportPeer = reportPeer;
        _seen = new SeenRequests<SeenStateRequest>(Math.Max(peerCountHint, 1) * 2);
    }

    /// <inheritdoc />
    protected override StateRequest Decode(ReadOnlySpan<byte> request) => StateRequest.Decode(request);

    /// <summary>The encoded response, or null to refuse (malformed, repeated, unknown or pruned block, bad start key).</summary>
    internal override byte[]? Handle(PeerId peer, StateRequest request, CancellationToken cancellationToken)
    {
        // At most a top-trie key and a child-trie key (Substrate's MAX_NESTED_TRIE_DEPTH + 1).
        if (request.Block.Length != Hash256.Length || request.Start.Count > 2) return null;
        var block = new Hash256(request.Block);
        var key = new SeenStateRequest(peer, block, string.Join('/', request.Start.Select(Convert.ToHexString)));
        if (_seen.Arrive(key))
        {
            _reportPeer?.Invoke(peer, SameRequest);
            return null;
        }
        // Substrate fails the request (a refusal) when it has no state for the block.
        if (!_blocks.State.TryGetState(block, out StateView? state)) return null;
        using (state)
        {
            StateResponse? response = request.NoProof ? Collect(state, request, cancellationToken) : Prove(state, request);
            if (response is null) return null;
            if (response.Entries.Any(entry => entry.Entries.Count > 0) || response.Proof.Length > 0) _seen.Fulfil(key);
            return response.Encode();
        }
    }

    private static StateResponse? Collect(StateView state, StateRequest request, CancellationToken cancellationToken)
    {
        var top = new List<StateEntry>();
        bool topComplete = false;
        var children = new List<(byte[] ChildKey, KeyValueStateEntry Entry)>();
        var seenChildRoots = new HashSet<Hash256>();
        byte[]? currentChild = null;
        byte[]? currentChildRoot = null;
        if (request.Start.Count == 2)
        {
            byte[]? root = state.Get(request.Start[0]);
            if (root is null || !ChildTrie.TryGetChildKey(request.Start[0], out ReadOnlySpan<byte> childKey)) return null;
            currentChild = childKey.ToArray();
            currentChildRoot = root;
        }
        byte[] currentKey = request.Start.Count > 0 ? request.Start[^1] : [];
        long totalSize = 0;
        while (true)
        {
            var entries = new List<StateEntry>();
            bool complete = true;
            (byte[] ParentKey, byte[] Root)? switchTo = null;
            while ((currentChild is null ? state.NextKey(currentKey) : state.NextChildKey(currentChild, currentKey)) is { } next)
            {
                cancellationToken.ThrowIfCancellationRequested();
                byte[] value = (currentChild is null ? state.Get(next) : state.GetChild(currentChild, next)) ?? [];
                int size = next.Length + value.Length;
                if (totalSize + size > MaxResponseBytes && entries.Count > 0)
                {
                    complete = false;
                    break;
                }
                totalSize += size;
                entries.Add(new StateEntry(next, value));
                currentKey = next;
                if (currentChild is null && next.AsSpan().StartsWith(ChildTrie.ChildStoragePrefix) && value.Length == Hash256.Length
                    && seenChildRoots.Add(new Hash256(value)))
                {
                    switchTo = (next, value);
                    break;
                }
            }
            if (switchTo is { } child)
            {
                top.AddRange(entries);
                // Only default child tries exist; another kind is a state we cannot describe (Substrate errors too).
                if (!ChildTrie.TryGetChildKey(child.ParentKey, out ReadOnlySpan<byte> childKey)) return null;
                currentChild = childKey.ToArray();
                currentChildRoot = child.Root;
                currentKey = [];
            }
            else if (currentChild is not null)
            {
                children.Add((currentChild, new KeyValueStateEntry(currentChildRoot!, entries, complete)));
                currentKey = ChildTrie.ParentKey(currentChild);
                currentChild = null;
                currentChildRoot = null;
                if (!complete) break;
            }
            else
            {
                top.AddRange(entries);
                topComplete = complete;
                break;
            }
        }
        var levels = new List<KeyValueStateEntry>(children.Count + 1) { new([], top, topComplete) };
        foreach ((_, KeyValueStateEntry entry) in children) levels.Add(entry);
        return new StateResponse(levels, []);
    }

    /// <summary>The compact range proof after the start, or null when the start names no child trie or the state is incomplete (Substrate fails the request).</summary>
    private static StateResponse? Prove(StateView state, StateRequest request)
    {
        try
        {
            CompactProof proof = RangeProof.ProveCompact(state.Nodes, state.StateRoot, request.Start, MaxResponseBytes);
            return new StateResponse([], proof.Encode());
        }
        catch (TrieException)
        {
            return null;
        }
    }

    private readonly record struct SeenStateRequest(PeerId Peer, Hash256 Block, string Start);
}
