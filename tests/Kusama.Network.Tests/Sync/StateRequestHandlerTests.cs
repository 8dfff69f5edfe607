using System.Text;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.Network.Sync;
using Kusama.Network.Tests.RequestResponses;
using Kusama.Trie;
using Kusama.Trie.Proofs;

namespace Kusama.Network.Tests.Sync;

public class StateRequestHandlerTests
{
    private static readonly ProtocolNames Names = new(new Hash256(Enumerable.Repeat((byte)7, 32).ToArray()), "test");
    private static readonly byte[] ChildParentKey = ChildTrie.ParentKey(ServedChain.ChildKey);

    private readonly List<(PeerId Peer, ReputationChange Change)> _reports = [];
    private readonly PeerId _peer;

    public StateRequestHandlerTests()
    {
        using NodeKey key = NodeKey.FromSecret(Enumerable.Repeat((byte)1, 32).ToArray());
        _peer = key.PeerId;
    }

    private StateRequestHandler NewHandler(ServedChain chain) =>
        new(chain.Tree, RequestResponseProtocol.State(Names), (peer, change) => _reports.Add((peer, change)));

    private StateResponse Ask(StateRequestHandler handler, Hash256 block, bool noProof, params byte[][] start) =>
        StateResponse.Decode(handler.HandleAsync(_peer, new StateRequest(block.ToArray(), start, noProof).Encode(), CancellationToken.None).AsTask().Result!);

    private static string[] Keys(KeyValueStateEntry entry) => [.. entry.Entries.Select(e => Encoding.UTF8.GetString(e.Key))];

    [Fact]
    public void TheWholeStateComesInKeyOrderWithTheChildTrieAsItsOwnLevel()
    {
        var chain = new ServedChain();
        Hash256 block = chain.Add(chain.Genesis.Hash);

        StateResponse response = Ask(NewHandler(chain), block, noProof: true);

        Assert.Equal(2, response.Entries.Count);
        KeyValueStateEntry top = response.Entries[0], child = response.Entries[1];
        Assert.Empty(top.StateRoot);
        Assert.True(top.Complete);
        Assert.Equal([Encoding.UTF8.GetString(ChildParentKey), "alpha", "beta", "delta", "gamma"], Keys(top));
        Assert.Equal("4444"u8.ToArray(), top.Entries[3].Value);
        Assert.Equal(top.Entries[0].Value, child.StateRoot);
        Assert.True(child.Complete);
        Assert.Equal(["a", "b"], Keys(child));
        Assert.Equal("child-b"u8.ToArray(), child.Entries[1].Value);
        Assert.Empty(response.Proof);
    }

    [Fact]
    public void AStartKeyIsExclusive()
    {
        var chain = new ServedChain();

        StateResponse response = Ask(NewHandler(chain), chain.Genesis.Hash, true, "beta"u8.ToArray());

        Assert.Equal(["delta", "gamma"], Keys(Assert.Single(response.Entries)));
        Assert.True(response.Entries[0].Complete);
    }

    [Fact]
    public void AChildStartResumesInsideTheChildThenTheTopTrie()
    {
        var chain = new ServedChain();

        StateResponse response = Ask(NewHandler(chain), chain.Genesis.Hash, true, ChildParentKey, "a"u8.ToArray());

        Assert.Equal(["alpha", "beta", "delta", "gamma"], Keys(response.Entries[0]));
        Assert.Equal(["b"], Keys(response.Entries[1]));
    }

    [Fact]
    public void AResponseStopsNearTwoMebibytesAndTheNextRequestContinues()
    {
        byte[] big = new byte[1024 * 1024];
        var chain = new ServedChain([new("k1"u8.ToArray(), big), new("k2"u8.ToArray(), big), new("k3"u8.ToArray(), big)]);
        StateRequestHandler handler = NewHandler(chain);

        StateResponse first = Ask(handler, chain.Genesis.Hash, true);
        var keys = new List<string>();
        StateResponse response = first;
        for (int i = 0; i < 5; i++)
        {
            keys.AddRange(response.Entries.SelectMany(Keys));
            KeyValueStateEntry top = response.Entries[0];
            if (top.Complete) break;
            response = Ask(handler, chain.Genesis.Hash, true, top.Entries[^1].Key);
        }

        Assert.False(first.Entries[0].Complete);
        Assert.True(first.Entries.Sum(level => level.Entries.Sum(e => e.Key.Length + e.Value.Length)) <= StateRequestHandler.MaxResponseBytes);
        Assert.True(response.Entries[0].Complete);
        Assert.Equal([Encoding.UTF8.GetString(ChildParentKey), "a", "b", "k1", "k2", "k3"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AProofOfTheReturnedEntriesVerifiesAgainstTheStateRoot()
    {
        var chain = new ServedChain();
        Hash256 root = chain.Genesis.Header.StateRoot;

        StateResponse response = Ask(NewHandler(chain), chain.Genesis.Hash, noProof: false);
        StorageProof proof = StorageProof.Decode(response.Proof);

        var expected = response.Entries[0].Entries.Select(e => new KeyValuePair<byte[], byte[]?>(e.Key, e.Value)).ToList();
        Assert.True(TrieProof.Verify(root, proof, expected));
        var childRoot = new Hash256(response.Entries[1].StateRoot);
        byte[]?[] childValues = TrieProof.Read(childRoot, proof, ["a"u8.ToArray(), "b"u8.ToArray()]);
        Assert.Equal("child-a"u8.ToArray(), childValues[0]);
    }

    [Fact]
    public async Task AnUnknownBlockOrAMalformedRequestIsRefused()
    {
        var chain = new ServedChain();
        StateRequestHandler handler = NewHandler(chain);

        byte[]? unknown = await handler.HandleAsync(_peer, new StateRequest(new byte[32], [], true).Encode(), CancellationToken.None);
        byte[]? shortHash = await handler.HandleAsync(_peer, new StateRequest(new byte[3], [], true).Encode(), CancellationToken.None);
        byte[]? threeStarts = await handler.HandleAsync(_peer, new StateRequest(chain.Genesis.Hash.ToArray(), [[1], [2], [3]], true).Encode(),
            CancellationToken.None);

        Assert.Null(unknown);
        Assert.Null(shortHash);
        Assert.Null(threeStarts);
        Assert.Empty(_reports);
    }

    [Fact]
    public async Task TheSameStateRequestAnsweredTwiceIsRefusedTheThirdTime()
    {
        var chain = new ServedChain();
        StateRequestHandler handler = NewHandler(chain);
        byte[] request = new StateRequest(chain.Genesis.Hash.ToArray(), [], true).Encode();

        Assert.NotNull(await handler.HandleAsync(_peer, request, CancellationToken.None));
        Assert.NotNull(await handler.HandleAsync(_peer, request, CancellationToken.None));
        byte[]? third = await handler.HandleAsync(_peer, request, CancellationToken.None);

        Assert.Null(third);
        Assert.Equal(StateRequestHandler.SameRequest, Assert.Single(_reports).Change);
    }
}
