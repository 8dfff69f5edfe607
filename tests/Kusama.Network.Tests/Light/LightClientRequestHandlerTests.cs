using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Light;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.Network.Tests.RequestResponses;
using Kusama.Trie;
using Kusama.Trie.Proofs;

namespace Kusama.Network.Tests.Light;

public class LightClientRequestHandlerTests
{
    private static readonly ProtocolNames Names = new(new Hash256(Enumerable.Repeat((byte)7, 32).ToArray()), "test");

    private readonly ServedChain _chain = new();
    private readonly List<(PeerId Peer, ReputationChange Change)> _reports = [];
    private readonly PeerId _peer;

    public LightClientRequestHandlerTests()
    {
        using NodeKey key = NodeKey.FromSecret(Enumerable.Repeat((byte)1, 32).ToArray());
        _peer = key.PeerId;
    }

    private LightClientRequestHandler NewHandler() =>
        new(_chain.Tree, RequestResponseProtocol.Light(Names), (peer, change) => _reports.Add((peer, change)));

    private byte[]? Handle(LightRequest request) =>
        NewHandler().HandleAsync(_peer, request.Encode(), CancellationToken.None).AsTask().Result;

    [Fact]
    public void AReadProofVerifiesAgainstTheBlocksStateRoot()
    {
        Hash256 block = _chain.Add(_chain.Genesis.Hash);
        byte[][] keys = ["beta"u8.ToArray(), "missing"u8.ToArray()];

        LightResponse response = LightResponse.Decode(Handle(new LightRequest { RemoteRead = new RemoteReadRequest(block.ToArray(), keys) })!);

        Assert.Equal(LightResponseKind.RemoteRead, response.Kind);
        byte[]?[] values = TrieProof.Read(_chain.Tree.GetHeader(block)!.StateRoot, StorageProof.Decode(response.Proof!), keys);
        Assert.Equal("22"u8.ToArray(), values[0]);
        Assert.Null(values[1]);
    }

    [Fact]
    public void AChildReadProofCarriesTheChildRootAndTheChildValues()
    {
        byte[] parentKey = ChildTrie.ParentKey(ServedChain.ChildKey);
        var request = new RemoteReadChildRequest(_chain.Genesis.Hash.ToArray(), parentKey, ["b"u8.ToArray()]);

        LightResponse response = LightResponse.Decode(Handle(new LightRequest { RemoteReadChild = request })!);

        StorageProof proof = StorageProof.Decode(response.Proof!);
        byte[] childRoot = TrieProof.Read(_chain.Genesis.Header.StateRoot, proof, [parentKey])[0]!;
        Assert.Equal("child-b"u8.ToArray(), TrieProof.Read(new Hash256(childRoot), proof, ["b"u8.ToArray()])[0]);
    }

    [Fact]
    public void AReadAtAnUnknownBlockIsAnsweredWithoutAProof()
    {
        LightResponse response = LightResponse.Decode(Handle(new LightRequest { RemoteRead = new RemoteReadRequest(new byte[32], [[1]]) })!);

        Assert.Equal(LightResponseKind.RemoteRead, response.Kind);
        Assert.Null(response.Proof);
    }

    [Fact]
    public void ARemoteCallIsAnsweredWithoutAnExecutionProof()
    {
        var call = new RemoteCallRequest(_chain.Genesis.Hash.ToArray(), "Core_version", []);

        LightResponse response = LightResponse.Decode(Handle(new LightRequest { RemoteCall = call })!);

        Assert.Equal(LightResponseKind.RemoteCall, response.Kind);
        Assert.Null(response.Proof);
    }

    [Fact]
    public void AReadWithoutKeysIsABadRequest()
    {
        byte[]? response = Handle(new LightRequest { RemoteRead = new RemoteReadRequest(_chain.Genesis.Hash.ToArray(), []) });

        Assert.Null(response);
        Assert.Equal(LightClientRequestHandler.BadRequest, Assert.Single(_reports).Change);
    }

    [Fact]
    public async Task AReadProofIsServedOverARealConnection()
    {
        LightClientRequestHandler handler = NewHandler();
        await using LoopbackPeers peers = await LoopbackPeers.StartAsync(host => RequestResponseServer.Register(host.Handlers, handler));
        var request = new LightRequest { RemoteRead = new RemoteReadRequest(_chain.Genesis.Hash.ToArray(), ["alpha"u8.ToArray()]) };

        byte[] bytes = await RequestResponseClient.SendAsync(peers.Connection, handler.Protocol, request.Encode(), CancellationToken.None);

        LightResponse response = LightResponse.Decode(bytes);
        Assert.Equal("1"u8.ToArray(), TrieProof.Read(_chain.Genesis.Header.StateRoot, StorageProof.Decode(response.Proof!), ["alpha"u8.ToArray()])[0]);
    }
}
