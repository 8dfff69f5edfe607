using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.Scale;

namespace Kusama.Network.Sync;

/// <summary>
/// Answers <c>/sync/2</c> block requests from the block tree (sc-network-sync <c>block_request_handler.rs</c>): up to 128
/// blocks and 8 MiB of bodies, ascending along the best chain by number or descending along parent hashes.
/// </summary>
public sealed class BlockRequestHandler : DecodedRequestHandler<BlockRequest>
{
    /// <summary>Substrate's <c>rep::SAME_REQUEST</c>: the same block request answered more than twice bans the peer.</summary>
    public static readonly ReputationChange SameRequest = ReputationChange.Fatal("Same block request multiple times");

    /// <summary>Substrate's <c>rep::SAME_SMALL_REQUEST</c>: the same header/justification-only request, a mild cost (it is still answered).</summary>
    public static readonly ReputationChange SameSmallRequest = new(-(1 << 10), "same small block request multiple times");

    /// <summary>GRANDPA's engine id, the justification sent to peers that do not support multiple justifications.</summary>
    private static ReadOnlySpan<byte> GrandpaEngineId => "FRNK"u8;

    private readonly BlockTree _blocks;
    private readonly Action<PeerId, ReputationChange>? _reportPeer;
    private readonly SeenRequests<SeenBlockRequest> _seen;

    /// <summary>
    /// A handler serving <paramref name="blocks"/> under <paramref name="protocol"/>; <paramref name="reportPeer"/> hears of
    /// repeated requests; <paramref name="peerCountHint"/> sizes the seen-requests cache (twice that many entries, as Substrate).
    /// </summary>
    public BlockRequestHandler(BlockTree blocks, RequestResponseProtocol protocol, Action<PeerId, ReputationChange>? reportPeer = null,
        int peerCountHint = 50)
        : base(protocol)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        _blocks = blocks;
        _reportPeer = reportPeer;
        _seen = new SeenRequests<SeenBlockRequest>(Math.Max(peerCountHint, 1) * 2);
    }

    /// <inheritdoc />
    protected override BlockRequest Decode(ReadOnlySpan<byte> request) => BlockRequest.Decode(request);

    /// <summary>The encoded response to <paramref name="request"/> from <paramref name="peer"/>, or null to refuse.</summary>
    internal override byte[]? Handle(PeerId peer, BlockRequest request, CancellationToken cancellationToken)
    {
        int maxBlocks = request.MaxBlocks == 0 ? ProtocolLimits.MaxBlocksInResponse : (int)Math.Min(request.MaxBlocks, (uint)ProtocolLimits.MaxBlocksInResponse);
        var key = new SeenBlockRequest(peer, request.Fields, request.FromHash, request.FromNumber, request.Direction, maxBlocks,
            request.SupportMultipleJustifications);
        // Header and justification requests are cheap: repeating them costs a little and is still answered.
        bool small = (request.Fields & ~(BlockAttributes.Header | BlockAttributes.Justification)) == 0;
        if (_seen.Arrive(key))
        {
            _reportPeer?.Invoke(peer, small ? SameSmallRequest : SameRequest);
            if (!small) return null;
        }
        BlockResponse response = BuildResponse(request, maxBlocks, cancellationToken);
        foreach (BlockData block in response.Blocks)
        {
            if (block.Header.Length != 0 || block.Body.Count != 0 || block.IsEmptyJustification)
            {
                _seen.Fulfil(key);
                break;
            }
        }
        return response.Encode();
    }

    private BlockResponse BuildResponse(BlockRequest request, int maxBlocks, CancellationToken cancellationToken)
    {
        bool wantHeader = (request.Fields & BlockAttributes.Header) != 0;
        bool wantBody = (request.Fields & BlockAttributes.Body) != 0;
        bool wantJustification = (request.Fields & BlockAttributes.Justification) != 0;
        var blocks = new List<BlockData>();
        long bodyBytes = 0;
        Hash256? hash = request.FromHash ?? _blocks.GetHash(request.FromNumber!.Value);
        Header? header = hash is { } start ? _blocks.GetHeader(start) : null;
        while (header is not null && hash is { } current)
        {
            cancellationToken.ThrowIfCancellationRequested();
            byte[][] body = [];
            if (wantBody)
            {
                // A block without its body (pruned) ends the response, as in Substrate.
                byte[][]? stored = _blocks.GetBody(current);
                if (stored is null) break;
                body = stored;
            }
            long blockBodyBytes = 0;
            foreach (byte[] extrinsic in body) blockBodyBytes += extrinsic.Length;
            // At least one block, then stop before the bodies pass MAX_BODY_BYTES.
            if (blocks.Count > 0 && bodyBytes + blockBodyBytes > ProtocolLimits.MaxBodyBytes) break;
            bodyBytes += blockBodyBytes;
            blocks.Add(Describe(current, header, body, wantHeader, wantJustification, request.SupportMultipleJustifications));
            if (blocks.Count >= maxBlocks) break;

            if (request.Direction == BlockDirection.Ascending)
            {
                // By number on the best chain, even when the start was a fork block (Substrate's BlockId::Number).
                hash = header.Number == uint.MaxValue ? null : _blocks.GetHash(header.Number + 1);
            }
            else
            {
                hash = header.Number == 0 ? null : header.ParentHash;
            }
            header = hash is { } next ? _blocks.GetHeader(next) : null;
        }
        return new BlockResponse(blocks);
    }

    private BlockData Describe(Hash256 hash, Header header, byte[][] body, bool wantHeader, bool wantJustification, bool multipleJustifications)
    {
        byte[] justification = [], justifications = [];
        bool isEmptyJustification = false;
        if (wantJustification && _blocks.GetJustifications(hash) is { } stored)
        {
            if (multipleJustifications)
            {
                justifications = ScaleCodec.Encode(stored);
            }
            else if (stored.Get(GrandpaEngineId) is { } grandpa)
            {
                // Older peers get only the GRANDPA proof; proto3 cannot send an empty one, hence the flag.
                justification = grandpa;
                isEmptyJustification = grandpa.Length == 0;
            }
        }
        return new BlockData
        {
            Hash = hash,
            Header = wantHeader ? ScaleCodec.Encode(header) : [],
            Body = body,
            Justification = justification,
            IsEmptyJustification = isEmptyJustification,
            Justifications = justifications,
        };
    }

    private readonly record struct SeenBlockRequest(
        PeerId Peer,
        BlockAttributes Fields,
        Hash256? FromHash,
        uint? FromNumber,
        BlockDirection Direction,
        int MaxBlocks,
        bool SupportMultipleJustifications);
}
