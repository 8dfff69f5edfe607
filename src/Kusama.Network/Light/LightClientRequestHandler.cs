using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.State;
using Kusama.Trie;
using Kusama.Trie.Proofs;

namespace Kusama.Network.Light;

/// <summary>
/// Answers <c>/light/2</c> requests (sc-network-light <c>light_client_requests/handler.rs</c>): storage read proofs of the top
/// trie and of default child tries at a block, as SCALE <c>StorageProof</c>s.
/// </summary>
/// <remarks>
/// A remote call needs an execution proof: the trie nodes the runtime touched while running the call. Our native runtime
/// executes against a state without recording the nodes it reads, so we cannot build one; we answer as Substrate does when
/// <c>execution_proof</c> fails: a <c>RemoteCallResponse</c> without a proof. Likewise a read at an unknown or pruned block
/// gets a <c>RemoteReadResponse</c> without a proof. A request without keys is a bad request: refused, with a cost.
/// </remarks>
public sealed class LightClientRequestHandler : DecodedRequestHandler<LightRequest>
{
    /// <summary>The cost of a request Substrate calls <c>BadRequest</c> (no request, no keys): <c>-(1 &lt;&lt; 12)</c>.</summary>
    public static readonly ReputationChange BadRequest = new(-(1 << 12), "bad request");

    private readonly BlockTree _blocks;
    private readonly Action<PeerId, ReputationChange>? _reportPeer;

    /// <summary>A handler proving reads from the kept states of <paramref name="blocks"/>; <paramref name="reportPeer"/> hears of bad requests.</summary>
    public LightClientRequestHandler(BlockTree blocks, RequestResponseProtocol protocol, Action<PeerId, ReputationChange>? reportPeer = null)
        : base(protocol)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        _blocks = blocks;
        _reportPeer = reportPeer;
    }

    /// <inheritdoc />
    protected override LightRequest Decode(ReadOnlySpan<byte> request) => LightRequest.Decode(request);

    /// <summary>The encoded response, or null to refuse.</summary>
    internal override byte[]? Handle(PeerId peer, LightRequest request, CancellationToken cancellationToken)
    {
        if (request.RemoteCall is { } call)
        {
            // The block must still decode as a hash, or the request is malformed (Substrate's DecodeScale error: a refusal).
            if (call.Block.Length != Hash256.Length) return null;
            return new LightResponse(LightResponseKind.RemoteCall, null).Encode();
        }
        if (request.RemoteRead is { } read)
        {
            if (read.Keys.Count == 0) return Bad(peer);
            if (read.Block.Length != Hash256.Length) return null;
            byte[]? proof = Prove(new Hash256(read.Block), state => state.ReadProof(read.Keys));
            return new LightResponse(LightResponseKind.RemoteRead, proof).Encode();
        }
        RemoteReadChildRequest child = request.RemoteReadChild!;
        if (child.Keys.Count == 0) return Bad(peer);
        if (child.Block.Length != Hash256.Length) return null;
        // Only default child tries exist: another prefix cannot be proven (Substrate answers without a proof).
        byte[]? childProof = ChildTrie.TryGetChildKey(child.StorageKey, out ReadOnlySpan<byte> childKey)
            ? ProveChild(new Hash256(child.Block), childKey.ToArray(), child.Keys)
            : null;
        return new LightResponse(LightResponseKind.RemoteRead, childProof).Encode();
    }

    private byte[]? ProveChild(Hash256 block, byte[] childKey, IReadOnlyList<byte[]> keys) =>
        Prove(block, state => state.ChildReadProof(childKey, keys));

    private byte[]? Prove(Hash256 block, Func<StateView, StorageProof> prove)
    {
        if (!_blocks.State.TryGetState(block, out StateView? state)) return null;
        using (state)
            return prove(state).Encode();
    }

    private byte[]? Bad(PeerId peer)
    {
        _reportPeer?.Invoke(peer, BadRequest);
        return null;
    }
}
