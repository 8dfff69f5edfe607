using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Trie.Proofs;

namespace Kusama.Trie.Tests.Proofs;

public class CompactProofTests
{
    [Fact]
    public void A_small_v1_trie_compacts_to_trie_db_layout_with_omitted_child_and_detached_value()
    {
        byte[] big = Enumerable.Repeat((byte)0xab, 40).ToArray();
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        trie.Insert([0x10], big);
        trie.Insert([0x20], "a"u8);
        TrieCommit commit = trie.Commit(StateVersion.V1);
        store.Apply(commit);
        byte[] hashedLeaf = [0x21, 0x00, .. Blake2b.Hash256(big).ToArray()];
        var proof = new StorageProof([store.Get(commit.Root)!, hashedLeaf, big]);

        CompactProof compact = CompactProof.FromStorageProof(proof, commit.Root);

        // Pre-order: the root with child 1 omitted (bitmap bit kept, empty reference) and child 2 inline as it was; then
        // the leaf behind the escape header with an empty inline value (a plain leaf header); then the detached value.
        Assert.Equal(3, compact.EncodedNodes.Count);
        Assert.Equal(Convert.FromHexString("800600" + "00" + "1041000461"), compact.EncodedNodes[0]);
        Assert.Equal(Convert.FromHexString("01" + "4100" + "00"), compact.EncodedNodes[1]);
        Assert.Equal(big, compact.EncodedNodes[2]);
        Assert.Equal(Convert.FromHexString("0c" + "24800600001041000461" + "1001410000" + "a0" + Convert.ToHexString(big)), compact.Encode());
        Assert.Equal(proof.Nodes, compact.ToStorageProof(commit.Root).Nodes);
    }

    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void A_whole_state_with_child_tries_round_trips_through_its_compact_form(StateVersion version)
    {
        var state = new ProofState(version, 1500, 7, ("one", 200), ("two", 3));
        var all = new StorageProof(state.Store.Hashes.Select(hash => state.Store.Get(hash)!));

        CompactProof compact = CompactProof.Decode(CompactProof.FromStorageProof(all, state.Root).Encode());
        StorageProof decoded = compact.ToStorageProof(state.Root);

        Assert.Equal(all.Nodes, decoded.Nodes);
        Assert.True(compact.Encode().Length < all.Encode().Length);
    }

    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void A_partial_proof_keeps_references_to_nodes_it_lacks_and_still_proves_its_keys(StateVersion version)
    {
        var state = new ProofState(version, 800, 11);
        List<byte[]> keys = state.Top.Keys.Where((_, i) => i % 37 == 0).ToList();
        StorageProof proof = TrieProof.Generate(state.Store, state.Root, keys);

        StorageProof decoded = CompactProof.FromStorageProof(proof, state.Root).ToStorageProof(state.Root);

        Assert.Equal(proof.Nodes, decoded.Nodes);
        byte[]?[] values = TrieProof.Read(state.Root, decoded, keys);
        for (int i = 0; i < keys.Count; i++) Assert.Equal(state.Top[keys[i]], values[i]);
    }

    [Fact]
    public void Tampering_with_any_item_or_dropping_the_last_fails_decoding()
    {
        var state = new ProofState(StateVersion.V1, 300, 3, ("kid", 40));
        var all = new StorageProof(state.Store.Hashes.Select(hash => state.Store.Get(hash)!));
        IReadOnlyList<byte[]> items = CompactProof.FromStorageProof(all, state.Root).EncodedNodes;

        for (int i = 0; i < items.Count; i++)
        {
            byte[][] tampered = [.. items];
            tampered[i] = [.. items[i]];
            tampered[i][^1] ^= 0x01;
            Assert.Throws<TrieProofException>(() => new CompactProof(tampered).ToNodeStore(state.Root));
        }
        Assert.Throws<TrieProofException>(() => new CompactProof(items.Take(items.Count - 1)).ToNodeStore(state.Root));
        Assert.Throws<TrieProofException>(() => new CompactProof([.. items, items[^1]]).ToNodeStore(state.Root));
        Assert.Throws<TrieProofException>(() => new CompactProof(items).ToNodeStore(TrieRoot.Empty));
        Assert.Throws<TrieProofException>(() => new CompactProof([[135]]).ToNodeStore());
    }

    [Fact]
    public void A_value_shared_by_many_leaves_is_sent_once_per_leaf_as_trie_db_does()
    {
        // polkadot-sdk #12565: the recorder counts a shared value node once, encode_compact detaches it at every leaf.
        byte[] shared = Enumerable.Repeat((byte)0xaa, 100).ToArray();
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        for (int i = 0; i < 50; i++) trie.Insert(Blake2b.Hash256(BitConverter.GetBytes(i)).Bytes, shared);
        TrieCommit commit = trie.Commit(StateVersion.V1);
        store.Apply(commit);
        var all = new StorageProof(store.Hashes.Select(hash => store.Get(hash)!));

        CompactProof compact = CompactProof.FromStorageProof(all, commit.Root);

        Assert.Single(all.Nodes, node => node.AsSpan().SequenceEqual(shared));
        Assert.Equal(50, compact.EncodedNodes.Count(node => node.AsSpan().SequenceEqual(shared)));
        Assert.Equal(all.Nodes, compact.ToStorageProof(commit.Root).Nodes);
    }
}
