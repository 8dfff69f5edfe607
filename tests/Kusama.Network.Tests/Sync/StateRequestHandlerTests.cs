using System.Text;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Frame.Primitives;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Kusama.Network.RequestResponses;
using Kusama.Network.Sync;
using Kusama.Network.Tests.RequestResponses;
using Kusama.State;
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
    public void AProofResponseIsACompactRangeProofWithoutEntries()
    {
        var chain = new ServedChain();
        Hash256 root = chain.Genesis.Header.StateRoot;

        StateResponse response = Ask(NewHandler(chain), chain.Genesis.Hash, noProof: false);
        KeyValueStates states = RangeProof.Verify(root, CompactProof.Decode(response.Proof), []);

        Assert.Empty(response.Entries);
        Assert.True(states.IsComplete);
        Assert.Equal([Encoding.UTF8.GetString(ChildParentKey), "alpha", "beta", "delta", "gamma"],
            states.Levels[0].KeyValues.Select(pair => Encoding.UTF8.GetString(pair.Key)));
        Assert.Equal(["a", "b"], states.Levels[1].KeyValues.Select(pair => Encoding.UTF8.GetString(pair.Key)));
        Assert.Equal("child-b"u8.ToArray(), states.Levels[1].KeyValues[1].Value);
        Assert.Throws<TrieProofException>(() => RangeProof.Verify(TrieRoot.Empty, CompactProof.Decode(response.Proof), []));
    }

    [Fact]
    public async Task AProofRequestNamingNoChildTrieIsRefused()
    {
        var chain = new ServedChain();

        byte[]? response = await NewHandler(chain).HandleAsync(_peer,
            new StateRequest(chain.Genesis.Hash.ToArray(), [ChildTrie.ParentKey("nobody"u8), [1]], false).Encode(), CancellationToken.None);

        Assert.Null(response);
    }

    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void SyncingABigStateWithProofsThroughTheHandlerRebuildsItExactly(StateVersion version)
    {
        (BlockTree tree, Hash256 block, Hash256 root) = BigState(version);
        var handler = new StateRequestHandler(tree, RequestResponseProtocol.State(Names));
        var top = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var children = new Dictionary<string, SortedDictionary<string, string>>();
        var last = new List<byte[]>();
        int pages = 0;
        bool pausedInChild = false;
        while (true)
        {
            pages++;
            StateResponse response = Ask(handler, block, false, [.. last]);
            Assert.Empty(response.Entries);
            Assert.True(response.Proof.Length < 3 * StateRequestHandler.MaxResponseBytes);
            KeyValueStates states = RangeProof.Verify(root, CompactProof.Decode(response.Proof), [.. last]);
            // As sc-network-sync's state sync: child root keys go with their child trie, every other entry to its level.
            foreach (KeyValueStorageLevel level in states.Levels)
            {
                SortedDictionary<string, string> target = top;
                if (level.StateRoot.Length > 0)
                {
                    string childRoot = Convert.ToHexString(level.StateRoot);
                    if (!children.TryGetValue(childRoot, out target!)) children[childRoot] = target = new(StringComparer.Ordinal);
                }
                foreach ((byte[] key, byte[] value) in level.KeyValues)
                    Assert.True(target.TryAdd(Convert.ToHexString(key), Convert.ToHexString(value)));
            }
            pausedInChild |= states.PendingDepth == 2;
            if (states.IsComplete) break;
            Assert.True(states.UpdateLastKey(last));
            Assert.True(pages < 50);
        }

        Assert.True(pages >= 3, $"{pages} pages");
        Assert.True(pausedInChild);
        Assert.True(tree.State.TryGetState(block, out StateView? state));
        using (state)
        {
            var expectedTop = new SortedDictionary<string, string>(StringComparer.Ordinal);
            for (byte[]? key = state.NextKey([]); key is not null; key = state.NextKey(key))
                expectedTop[Convert.ToHexString(key)] = Convert.ToHexString(state.Get(key)!);
            Assert.Equal(expectedTop, top);
            var expectedChild = new SortedDictionary<string, string>(StringComparer.Ordinal);
            for (byte[]? key = state.NextChildKey(BigChildKey, []); key is not null; key = state.NextChildKey(BigChildKey, key))
                expectedChild[Convert.ToHexString(key)] = Convert.ToHexString(state.GetChild(BigChildKey, key)!);
            Assert.Equal(expectedChild, Assert.Single(children).Value);
        }
    }

    private static readonly byte[] BigChildKey = "big-child"u8.ToArray();

    /// <summary>A genesis state of 4000 top entries and a 2500-entry child trie, values inline and (V1) hashed, about 5 MiB.</summary>
    private static (BlockTree Tree, Hash256 Block, Hash256 Root) BigState(StateVersion version)
    {
        var random = new Random(42);
        var top = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        var child = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        while (top.Count < 4000) top[RandomBytes(random, random.Next(1, 48))] = RandomValue(random);
        while (child.Count < 2500) child[RandomBytes(random, random.Next(1, 48))] = RandomValue(random);
        var raw = new RawGenesis([.. top], [new(BigChildKey, [.. child])]);
        var store = new MemoryKeyValueStore();
        Hash256 root = GenesisBlock.StateRoot(raw, version);
        var header = new Header(Hash256.Zero, 0, root, TrieRoot.Empty, []);
        var genesis = new GenesisBlock(header, header.Hash(), version);
        return (BlockTree.Open(store, new StateDb(store), raw, genesis), genesis.Hash, root);
    }

    private static byte[] RandomValue(Random random) => RandomBytes(random, random.Next(2) == 0 ? random.Next(0, 33) : random.Next(33, 3000));

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
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
