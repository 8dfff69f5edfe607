using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Network.Protocols;
using Kusama.Scale;

namespace Kusama.Network.Tests.Sync;

/// <summary>
/// A copy of a chain whose block #1 claims a wrong state root (so it and every descendant has a new hash and fails
/// import), served like a real peer would serve it.
/// </summary>
internal sealed class ForgedChain
{
    private readonly Dictionary<Hash256, (Header Header, byte[][] Body)> _blocks = [];
    private readonly List<Hash256> _byNumber = [];

    public ForgedChain(BlockTree source)
    {
        _byNumber.Add(source.Genesis);
        Hash256 parent = source.Genesis;
        for (uint n = 1; n <= source.Best.Number; n++)
        {
            Hash256 original = source.GetHash(n)!.Value;
            Header header = source.GetHeader(original)! with { ParentHash = parent };
            if (n == 1) header = header with { StateRoot = new Hash256(Enumerable.Repeat((byte)0xEE, 32).ToArray()) };
            parent = header.Hash();
            _blocks[parent] = (header, source.GetBody(original)!);
            _byNumber.Add(parent);
        }
    }

    public BlockAnnouncesHandshake Handshake() => new(Roles.Full, (uint)_byNumber.Count - 1, _byNumber[^1], _byNumber[0]);

    public BlockResponse Respond(BlockRequest request)
    {
        Hash256? current = request.FromHash is { } hash
            ? (_blocks.ContainsKey(hash) ? hash : null)
            : request.FromNumber < _byNumber.Count ? _byNumber[(int)request.FromNumber!.Value] : null;
        var blocks = new List<BlockData>();
        while (current is { } at && blocks.Count < request.MaxBlocks && _blocks.TryGetValue(at, out var block))
        {
            blocks.Add(new BlockData { Hash = at, Header = ScaleCodec.Encode(block.Header), Body = block.Body });
            int next = (int)block.Header.Number + (request.Direction == BlockDirection.Descending ? -1 : 1);
            current = next > 0 && next < _byNumber.Count ? _byNumber[next] : null;
        }
        return new BlockResponse(blocks);
    }
}
