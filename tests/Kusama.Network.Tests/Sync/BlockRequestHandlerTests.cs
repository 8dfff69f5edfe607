using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.Network.Sync;
using Kusama.Network.Tests.RequestResponses;
using Kusama.Scale;

namespace Kusama.Network.Tests.Sync;

public class BlockRequestHandlerTests
{
    private const BlockAttributes HeaderAndBody = BlockAttributes.Header | BlockAttributes.Body;

    private static readonly ProtocolNames Names = new(new Hash256(Enumerable.Repeat((byte)7, 32).ToArray()), "test");

    private readonly ServedChain _chain = new();
    private readonly List<(PeerId Peer, ReputationChange Change)> _reports = [];
    private readonly PeerId _peer = PeerIdOf(1);

    private BlockRequestHandler NewHandler() =>
        new(_chain.Tree, RequestResponseProtocol.Sync(Names), (peer, change) => _reports.Add((peer, change)));

    private static PeerId PeerIdOf(byte seed)
    {
        using NodeKey key = NodeKey.FromSecret(Enumerable.Repeat(seed, 32).ToArray());
        return key.PeerId;
    }

    /// <summary>An opaque extrinsic of <paramref name="length"/> (≥ 2^14) zero bytes behind its four-byte compact length.</summary>
    private static byte[] Extrinsic(int length)
    {
        var extrinsic = new byte[4 + length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(extrinsic, ((uint)length << 2) | 0b10);
        return extrinsic;
    }

    private static BlockResponse Ask(BlockRequestHandler handler, PeerId peer, BlockRequest request) =>
        BlockResponse.Decode(handler.HandleAsync(peer, request.Encode(), CancellationToken.None).AsTask().Result!);

    [Fact]
    public void AscendingFromANumberReturnsTheBestChainWithTheTreesHeadersAndBodies()
    {
        List<Hash256> blocks = _chain.Extend(_chain.Genesis.Hash, 5);

        BlockResponse response = Ask(NewHandler(), _peer, new BlockRequest(HeaderAndBody, null, 2, BlockDirection.Ascending, 3, false));

        Assert.Equal(blocks[1..4], response.Blocks.Select(b => b.Hash));
        foreach (BlockData block in response.Blocks)
        {
            Assert.Equal(ScaleCodec.Encode(_chain.Tree.GetHeader(block.Hash)!), block.Header);
            Assert.Equal(_chain.Tree.GetBody(block.Hash)!, block.Body);
            Assert.Empty(block.Justification);
        }
    }

    [Fact]
    public void DescendingFromAHashFollowsParentsDownToGenesis()
    {
        List<Hash256> blocks = _chain.Extend(_chain.Genesis.Hash, 4);

        BlockResponse response = Ask(NewHandler(), _peer, new BlockRequest(BlockAttributes.Header, blocks[^1], null, BlockDirection.Descending, 0, false));

        Assert.Equal([blocks[3], blocks[2], blocks[1], blocks[0], _chain.Genesis.Hash], response.Blocks.Select(b => b.Hash));
        Assert.All(response.Blocks, b => Assert.Empty(b.Body));
    }

    [Fact]
    public void DescendingFromAForkBlockStaysOnTheFork()
    {
        List<Hash256> main = _chain.Extend(_chain.Genesis.Hash, 3);
        List<Hash256> fork = _chain.Extend(main[0], 1, salt: 9);

        BlockResponse response = Ask(NewHandler(), _peer, new BlockRequest(BlockAttributes.Header, fork[0], null, BlockDirection.Descending, 2, false));

        Assert.Equal([fork[0], main[0]], response.Blocks.Select(b => b.Hash));
    }

    [Fact]
    public void AscendingFromAForkBlockContinuesOnTheBestChainByNumber()
    {
        List<Hash256> main = _chain.Extend(_chain.Genesis.Hash, 3);
        List<Hash256> fork = _chain.Extend(main[0], 1, salt: 9);

        BlockResponse response = Ask(NewHandler(), _peer, new BlockRequest(BlockAttributes.Header, fork[0], null, BlockDirection.Ascending, 3, false));

        Assert.Equal([fork[0], main[2]], response.Blocks.Select(b => b.Hash));
    }

    [Fact]
    public void AtMost128BlocksAreSentWhateverIsAsked()
    {
        List<Hash256> blocks = _chain.Extend(_chain.Genesis.Hash, 130);

        BlockResponse unlimited = Ask(NewHandler(), _peer, new BlockRequest(BlockAttributes.None, null, 1, BlockDirection.Ascending, 0, false));
        BlockResponse tooMany = Ask(NewHandler(), _peer, new BlockRequest(BlockAttributes.None, null, 1, BlockDirection.Ascending, 1000, false));

        Assert.Equal(128, unlimited.Blocks.Count);
        Assert.Equal(blocks[..128], tooMany.Blocks.Select(b => b.Hash));
        Assert.All(tooMany.Blocks, b => Assert.Empty(b.Header));
    }

    [Fact]
    public void BodiesStopBeforePassing8MiBButAtLeastOneBlockIsSent()
    {
        byte[][] big = [Extrinsic(3 * 1024 * 1024)];
        Hash256 parent = _chain.Genesis.Hash;
        for (byte i = 0; i < 3; i++) parent = _chain.Add(parent, i, big);
        byte[][] huge = [Extrinsic(8 * 1024 * 1024 + 1)];
        Hash256 last = _chain.Add(parent, 5, huge);

        BlockResponse response = Ask(NewHandler(), _peer, new BlockRequest(BlockAttributes.Body, null, 1, BlockDirection.Ascending, 0, false));
        BlockResponse single = Ask(NewHandler(), _peer, new BlockRequest(BlockAttributes.Body, last, null, BlockDirection.Ascending, 0, false));

        Assert.Equal(2, response.Blocks.Count);
        Assert.Single(single.Blocks);
        Assert.Equal(8 * 1024 * 1024 + 5, single.Blocks[0].Body[0].Length);
    }

    [Fact]
    public void AnUnknownStartGetsAnEmptyResponse()
    {
        _chain.Extend(_chain.Genesis.Hash, 2);
        BlockRequestHandler handler = NewHandler();

        BlockResponse byNumber = Ask(handler, _peer, new BlockRequest(BlockAttributes.Header, null, 3, BlockDirection.Ascending, 0, false));
        BlockResponse byHash = Ask(handler, _peer, new BlockRequest(BlockAttributes.Header, new Hash256(new byte[32]), null, BlockDirection.Descending, 0, false));

        Assert.Empty(byNumber.Blocks);
        Assert.Empty(byHash.Blocks);
    }

    [Fact]
    public void JustificationsAreSentWholeOrAsTheGrandpaOne()
    {
        var justifications = new Justifications([new Justification("BABE"u8.ToArray(), [1]), new Justification("FRNK"u8.ToArray(), [2, 3])]);
        Hash256 block = _chain.Add(_chain.Genesis.Hash, justifications: justifications);
        Hash256 empty = _chain.Add(block, justifications: new Justifications([new Justification("FRNK"u8.ToArray(), [])]));
        BlockRequestHandler handler = NewHandler();

        BlockResponse multiple = Ask(handler, _peer, new BlockRequest(BlockAttributes.Justification, block, null, BlockDirection.Ascending, 2, true));
        BlockResponse single = Ask(handler, _peer, new BlockRequest(BlockAttributes.Justification, block, null, BlockDirection.Ascending, 2, false));

        Assert.Equal(ScaleCodec.Encode(justifications), multiple.Blocks[0].Justifications);
        Assert.Empty(multiple.Blocks[0].Justification);
        Assert.Equal([2, 3], single.Blocks[0].Justification);
        Assert.Empty(single.Blocks[0].Justifications);
        Assert.Equal(empty, single.Blocks[1].Hash);
        Assert.True(single.Blocks[1].IsEmptyJustification);
        Assert.False(single.Blocks[0].IsEmptyJustification);
    }

    [Fact]
    public async Task TheSameBodyRequestAnsweredTwiceIsRefusedTheThirdTimeWithAFatalReport()
    {
        _chain.Extend(_chain.Genesis.Hash, 2);
        BlockRequestHandler handler = NewHandler();
        var request = new BlockRequest(HeaderAndBody, null, 1, BlockDirection.Ascending, 2, false);

        Ask(handler, _peer, request);
        Ask(handler, _peer, request);
        Assert.Empty(_reports);
        byte[]? third = await handler.HandleAsync(_peer, request.Encode(), CancellationToken.None);
        BlockResponse otherPeer = Ask(handler, PeerIdOf(2), request);

        Assert.Null(third);
        (PeerId reported, ReputationChange change) = Assert.Single(_reports);
        Assert.Equal(_peer, reported);
        Assert.Equal(int.MinValue, change.Value);
        Assert.Equal(2, otherPeer.Blocks.Count);
    }

    [Fact]
    public void AHeaderOnlyRequestRepeatedCostsALittleAndIsStillAnswered()
    {
        _chain.Extend(_chain.Genesis.Hash, 2);
        BlockRequestHandler handler = NewHandler();
        var request = new BlockRequest(BlockAttributes.Header | BlockAttributes.Justification, null, 1, BlockDirection.Ascending, 2, false);

        for (int i = 0; i < 3; i++) Ask(handler, _peer, request);
        BlockResponse fourth = Ask(handler, _peer, request);

        Assert.Equal(2, fourth.Blocks.Count);
        Assert.Equal(2, _reports.Count);
        Assert.All(_reports, r => Assert.Equal(BlockRequestHandler.SameSmallRequest, r.Change));
    }

    [Fact]
    public void ARequestThatFoundNothingMayBeRepeated()
    {
        BlockRequestHandler handler = NewHandler();
        var request = new BlockRequest(HeaderAndBody, null, 5, BlockDirection.Ascending, 2, false);

        for (int i = 0; i < 4; i++) Assert.Empty(Ask(handler, _peer, request).Blocks);

        Assert.Empty(_reports);
    }

    [Fact]
    public async Task AMalformedRequestIsRefused()
    {
        byte[]? response = await NewHandler().HandleAsync(_peer, new byte[] { 0x0a, 0x05, 1 }, CancellationToken.None);
        Assert.Null(response);
    }

    [Fact]
    public async Task BlocksAreServedOverARealConnection()
    {
        List<Hash256> blocks = _chain.Extend(_chain.Genesis.Hash, 3);
        BlockRequestHandler handler = NewHandler();
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, handler));
        var request = new BlockRequest(HeaderAndBody | BlockAttributes.Justification, blocks[^1], null, BlockDirection.Descending, 2, true);

        byte[] bytes = await RequestResponseClient.SendAsync(peers.Connection, handler.Protocol, request.Encode(), CancellationToken.None);
        BlockResponse response = BlockResponse.Decode(bytes);

        Assert.Equal([blocks[2], blocks[1]], response.Blocks.Select(b => b.Hash));
        Assert.Equal(ScaleCodec.Encode(_chain.Tree.GetHeader(blocks[2])!), response.Blocks[0].Header);
    }
}
