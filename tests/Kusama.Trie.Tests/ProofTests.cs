using Kusama.Core;
using Kusama.Trie.Proofs;

namespace Kusama.Trie.Tests;

public class ProofTests
{
    [Theory]
    [InlineData(StateVersion.V0)]
    [InlineData(StateVersion.V1)]
    public void A_proof_round_trips_present_and_absent_keys(StateVersion version)
    {
        (MemoryTrieNodeStore store, Hash256 root, SortedDictionary<byte[], byte[]> model) = Build(version, 400, 21);
        var random = new Random(5);
        var keys = new List<byte[]>();
        foreach (byte[] key in model.Keys) if (random.Next(8) == 0) keys.Add(key);
        keys.Add([0x99, 0x98, 0x97]);
        keys.Add([]);

        StorageProof proof = TrieProof.Generate(store, root, keys);
        Assert.True(proof.Nodes.Count < store.Count);
        byte[]?[] values = TrieProof.Read(root, StorageProof.Decode(proof.Encode()), keys);
        for (int i = 0; i < keys.Count; i++)
            Assert.Equal(model.GetValueOrDefault(keys[i]), values[i]);

        var expected = keys.Select(k => new KeyValuePair<byte[], byte[]?>(k, model.GetValueOrDefault(k))).ToList();
        Assert.True(TrieProof.Verify(root, proof, expected));
        expected[0] = new(expected[0].Key, [0x00]);
        Assert.False(TrieProof.Verify(root, proof, expected));
    }

    [Fact]
    public void A_v1_proof_carries_the_hashed_values_it_reads()
    {
        byte[] big = Enumerable.Repeat((byte)0x33, 100).ToArray();
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        trie.Insert([0x01], big);
        trie.Insert([0x02], [0x02]);
        TrieCommit commit = trie.Commit(StateVersion.V1);
        store.Apply(commit);

        StorageProof proof = TrieProof.Generate(store, commit.Root, [[0x01]]);
        Assert.Contains(proof.Nodes, n => n.AsSpan().SequenceEqual(big));
        Assert.Equal(big, TrieProof.Read(commit.Root, proof, [[0x01]])[0]);

        var withoutValue = new StorageProof(proof.Nodes.Where(n => !n.AsSpan().SequenceEqual(big)));
        Assert.Throws<TrieProofException>(() => TrieProof.Read(commit.Root, withoutValue, [[0x01]]));
    }

    [Fact]
    public void Dropping_or_tampering_with_any_node_is_an_error_never_a_wrong_value()
    {
        (MemoryTrieNodeStore store, Hash256 root, SortedDictionary<byte[], byte[]> model) = Build(StateVersion.V1, 300, 3);
        List<byte[]> keys = model.Keys.Where((_, i) => i % 25 == 0).ToList();
        keys.Add([0x77, 0x01]);
        StorageProof proof = TrieProof.Generate(store, root, keys);

        for (int drop = 0; drop < proof.Nodes.Count; drop++)
        {
            var incomplete = new StorageProof(proof.Nodes.Where((_, i) => i != drop));
            Assert.False(TrieProof.TryRead(root, incomplete, keys, out _));
            Assert.Throws<TrieProofException>(() => TrieProof.Read(root, incomplete, keys));
        }

        var random = new Random(9);
        for (int t = 0; t < proof.Nodes.Count; t++)
        {
            byte[] tampered = proof.Nodes[t].ToArray();
            tampered[random.Next(tampered.Length)] ^= (byte)(1 << random.Next(8));
            var bad = new StorageProof(proof.Nodes.Where((_, i) => i != t).Append(tampered));
            Assert.Throws<TrieProofException>(() => TrieProof.Read(root, bad, keys));
        }
    }

    [Fact]
    public void A_proof_checked_against_another_root_is_rejected()
    {
        (MemoryTrieNodeStore store, Hash256 root, SortedDictionary<byte[], byte[]> model) = Build(StateVersion.V1, 50, 4);
        byte[] key = model.Keys.First();
        StorageProof proof = TrieProof.Generate(store, root, [key]);
        Hash256 other = TrieRoot.Calculate([new([0x01], [0x01])], StateVersion.V1);
        Assert.Throws<TrieProofException>(() => TrieProof.Read(other, proof, [key]));
    }

    [Fact]
    public void Malformed_encoded_proofs_are_rejected()
    {
        StorageProof proof = new([[0x42, 0xaa, 0x04, 0xbb], [0x00]]);
        byte[] encoded = proof.Encode();
        Assert.Equal(Convert.FromHexString("080400" + "1042aa04bb"), encoded);
        Assert.Throws<TrieProofException>(() => StorageProof.Decode(encoded[..^1]));
        Assert.Throws<TrieProofException>(() => StorageProof.Decode([.. encoded, 0x00]));
        Assert.Throws<TrieProofException>(() => StorageProof.Decode([0xfe, 0xff, 0xff, 0xff, 0x00]));
    }

    internal static (MemoryTrieNodeStore, Hash256, SortedDictionary<byte[], byte[]>) Build(StateVersion version, int count, int seed)
    {
        var random = new Random(seed);
        var store = new MemoryTrieNodeStore();
        var trie = new Trie(store);
        var model = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        for (int i = 0; i < count; i++)
        {
            var key = new byte[random.Next(1, 8)];
            random.NextBytes(key);
            byte[] value = MutableTrieTests.RandomValue(random);
            trie.Insert(key, value);
            model[key] = value;
        }
        TrieCommit commit = trie.Commit(version);
        store.Apply(commit);
        return (store, commit.Root, model);
    }
}
