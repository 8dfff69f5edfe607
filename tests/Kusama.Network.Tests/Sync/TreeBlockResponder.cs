using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Network.Protocols;
using Kusama.Scale;

namespace Kusama.Network.Tests.Sync;

/// <summary>A minimal <c>/sync/2</c> responder over a block tree: start by hash or number, walk either way, up to 128 blocks.</summary>
internal static class TreeBlockResponder
{
    public static BlockResponse Respond(BlockTree tree, BlockRequest request)
    {
        Hash256? start = request.FromHash is { } hash ? (tree.Contains(hash) ? hash : null) : tree.GetHash(request.FromNumber!.Value);
        var blocks = new List<BlockData>();
        uint max = request.MaxBlocks is 0 or > 128 ? 128 : request.MaxBlocks;
        Hash256? current = start;
        while (current is { } at && blocks.Count < max)
        {
            Header header = tree.GetHeader(at)!;
            blocks.Add(new BlockData
            {
                Hash = at,
                Header = request.Fields.HasFlag(BlockAttributes.Header) ? ScaleCodec.Encode(header) : [],
                Body = request.Fields.HasFlag(BlockAttributes.Body) ? tree.GetBody(at) ?? [] : [],
                Justifications = request.Fields.HasFlag(BlockAttributes.Justification) && tree.GetJustifications(at) is { } j ? ScaleCodec.Encode(j) : [],
            });
            if (request.Direction == BlockDirection.Descending)
                current = header.Number == 0 ? null : header.ParentHash;
            else
                current = tree.GetHash(header.Number + 1) is { } child && tree.GetHeader(child)!.ParentHash == at ? child : null;
        }
        return new BlockResponse(blocks);
    }
}
