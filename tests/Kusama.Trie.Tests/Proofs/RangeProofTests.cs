using Kusama.Core;
using Kusama.Trie.Proofs;

namespace Kusama.Trie.Tests.Proofs;

public class RangeProofTests
{
    /// <summary>Pages through the state as sc-network-sync's state sync does and returns the entries it gathered, top and per child root.</summary>
    internal static (SortedDictionary<byte[], byte[]> Top, Dictionary<byte[], SortedDictionary<byte[], byte[]>> Children, int Pages) Sync(
        Hash256 root, Func<IReadOnlyList<byte[]>, CompactProof> request)
    {
        var top = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        var children = new Dictionary<byte[], SortedDictionary<byte[], byte[]>>(ByteArrayComparer.Instance);
        var last = new List<byte[]>();
        for (int page = 1; page < 10_000; page++)
        {
            KeyValueStates states = RangeProof.Verify(root, request([.. last]), [.. last]);
            foreach (KeyValueStorageLevel level in states.Levels)
            {
                SortedDictionary<byte[], byte[]> target = top;
                if (level.StateRoot.Length > 0 && !children.TryGetValue(level.StateRoot, out target!))
                    children[level.StateRoot] = target = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
                foreach ((byte[] key, byte[] value) in level.KeyValues)
                    Assert.True(target.TryAdd(key, value), "no entry is sent twice");
            }
            if (states.IsComplete) return (top, children, page);
            Assert.True(states.UpdateLastKey(last));
        }
        throw new InvalidOperationException("the state never completed");
    }

    internal static void AssertSameEntries(SortedDictionary<byte[], byte[]> expected, SortedDictionary<byte[], byte[]> actual)
    {
        Assert.Equal(expected.Keys.Select(Convert.ToHexString), actual.Keys.Select(Convert.ToHexString));
        Assert.Equal(expected.Values.Select(Convert.ToHexString), actual.Values.Select(Convert.ToHexString));
    }

    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void Paging_with_range_proofs_rebuilds_exactly_the_whole_state(StateVersion version)
    {
        var state = new ProofState(version, 3000, 17, ("alpha", 700), ("beta", 5));

        (SortedDictionary<byte[], byte[]> top, Dictionary<byte[], SortedDictionary<byte[], byte[]>> children, int pages) =
            Sync(state.Root, start => RangeProof.ProveCompact(state.Store, state.Root, start, 16 * 1024));

        Assert.True(pages > 10, $"{pages} pages");
        AssertSameEntries(state.Top, top);
        Assert.Equal(state.Children.Count, children.Count);
        foreach ((byte[] childRoot, SortedDictionary<byte[], byte[]> entries) in state.Children)
            AssertSameEntries(entries, children[childRoot]);
    }

    [Fact]
    public void Without_a_limit_the_proof_is_every_node_of_the_state_and_the_state_is_complete()
    {
        var state = new ProofState(StateVersion.V1, 500, 2, ("kid", 60));

        (StorageProof proof, int count) = RangeProof.Prove(state.Store, state.Root, [], long.MaxValue);
        KeyValueStates states = RangeProof.Verify(state.Root, CompactProof.FromStorageProof(proof, state.Root), []);

        Assert.Equal(state.Store.Count, proof.Nodes.Count);
        Assert.Equal(state.Top.Count + state.Children.Values.Sum(child => child.Count), count);
        Assert.True(states.IsComplete);
        Assert.Equal(2, states.Levels.Count);
        Assert.Equal(state.Top.Keys, states.Levels[0].KeyValues.Select(pair => pair.Key));
    }

    [Fact]
    public void A_response_stops_once_the_recorded_size_passes_the_limit_and_says_where()
    {
        var state = new ProofState(StateVersion.V1, 2000, 5);

        (StorageProof proof, int count) = RangeProof.Prove(state.Store, state.Root, [], 4096);
        KeyValueStates states = RangeProof.Verify(state.Root, CompactProof.FromStorageProof(proof, state.Root), []);

        Assert.Equal(1, states.PendingDepth);
        Assert.InRange(count, 1, 1999);
        // The entry that passed the limit was read, so its nodes are in the proof too.
        Assert.Equal(count + 1, states.Levels[0].KeyValues.Count);
        long size = proof.Nodes.Sum(node => (long)node.Length + (node.Length < 64 ? 1 : node.Length < 16384 ? 2 : 4));
        Assert.True(size > 4096);
    }

    [Fact]
    public void A_child_start_resumes_inside_the_child_then_goes_on_in_the_top_trie()
    {
        var state = new ProofState(StateVersion.V1, 200, 9, ("kid", 30));
        byte[] parentKey = ChildTrie.ParentKey("kid"u8);
        byte[] childRoot = state.Top[parentKey];
        byte[] fifth = state.Children[childRoot].Keys.ElementAt(4);

        KeyValueStates states = RangeProof.Verify(state.Root, RangeProof.ProveCompact(state.Store, state.Root, [parentKey, fifth], long.MaxValue),
            [parentKey, fifth]);

        Assert.True(states.IsComplete);
        Assert.Equal(childRoot, states.Levels[1].StateRoot);
        Assert.Equal(state.Children[childRoot].Keys.Skip(5), states.Levels[1].KeyValues.Select(pair => pair.Key));
        Assert.Equal(state.Top.Keys.Where(key => ByteArrayComparer.Instance.Compare(key, parentKey) > 0),
            states.Levels[0].KeyValues.Select(pair => pair.Key));
    }

    [Fact]
    public void A_tampered_or_truncated_proof_or_a_wrong_root_fails_verification()
    {
        var state = new ProofState(StateVersion.V1, 1000, 13, ("kid", 50));
        CompactProof proof = RangeProof.ProveCompact(state.Store, state.Root, [], 8192);
        IReadOnlyList<byte[]> items = proof.EncodedNodes;

        byte[][] tampered = [.. items];
        tampered[items.Count / 2] = [.. items[items.Count / 2]];
        tampered[items.Count / 2][^1] ^= 0x80;
        Assert.Throws<TrieProofException>(() => RangeProof.Verify(state.Root, new CompactProof(tampered), []));
        Assert.Throws<TrieProofException>(() => RangeProof.Verify(state.Root, new CompactProof(items.Take(items.Count - 1)), []));
        Assert.Throws<TrieProofException>(() => RangeProof.Verify(state.Root, new CompactProof(items.Skip(1)), []));
        Assert.Throws<TrieProofException>(() => RangeProof.Verify(TrieRoot.Empty, proof, []));
        // The proof does not reach a start key far past what it covers.
        Assert.Throws<TrieProofException>(() => RangeProof.Verify(state.Root, proof, [[0xff, 0xff, 0xff]]));
    }

    [Fact]
    public void A_proof_that_reuses_a_subtree_by_hash_to_multiply_the_walk_is_refused()
    {
        // One leaf, then five levels of branches: each sends its first child and references the same node by hash from
        // the other 15 positions, so ~1.7 KB of proof would make a reader walk 16^5 entries.
        byte[] leaf = [0x41, 0x01, 0x04, 0x07];
        var items = new List<byte[]> { leaf };
        Hash256 below = Kusama.Crypto.Hashing.Blake2b.Hash256(leaf);
        for (int level = 0; level < 5; level++)
        {
            byte[] reference = [0x80, .. below.ToArray()];
            byte[] full = [0x80, 0xff, 0xff, .. Enumerable.Range(0, 16).SelectMany(_ => reference)];
            items.Insert(0, [0x80, 0xff, 0xff, 0x00, .. Enumerable.Range(0, 15).SelectMany(_ => reference)]);
            below = Kusama.Crypto.Hashing.Blake2b.Hash256(full);
        }
        var proof = new CompactProof(items);

        Assert.Equal(below, proof.ToNodeStore().Root);
        TrieProofException refused = Assert.Throws<TrieProofException>(() => RangeProof.Verify(below, proof, []));
        Assert.Contains("reused by hash", refused.Message);
    }

    [Fact]
    public void Bad_start_keys_are_refused()
    {
        var state = new ProofState(StateVersion.V1, 50, 1, ("kid", 5));

        Assert.Throws<TrieProofException>(() => RangeProof.Prove(state.Store, state.Root, [[1], [2], [3]], 1000));
        Assert.Throws<TrieProofException>(() => RangeProof.Prove(state.Store, state.Root, [ChildTrie.ParentKey("nope"u8), [1]], 1000));
    }
}
