using Kusama.Core;

namespace Kusama.Trie.Proofs;

/// <summary>Builds and checks storage proofs for keys of a trie (sp-trie <c>generate_trie_proof</c> / <c>read_proof_check</c>, non-compact).</summary>
public static class TrieProof
{
    /// <summary>The nodes needed to read <paramref name="keys"/> (present or absent) under <paramref name="root"/>.</summary>
    public static StorageProof Generate(ITrieNodeStore store, Hash256 root, IEnumerable<byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var recorder = new RecordingTrieNodeStore(store);
        var trie = new Trie(recorder, root);
        foreach (byte[] key in keys) trie.TryGet(key, out _);
        return recorder.ToProof();
    }

    /// <summary>
    /// The values of <paramref name="keys"/> under <paramref name="root"/> as proven (null for a proven absence);
    /// throws <see cref="TrieProofException"/> when the proof lacks a needed node or holds a malformed one.
    /// </summary>
    public static byte[]?[] Read(Hash256 root, StorageProof proof, IReadOnlyList<byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(keys);
        // Nodes are looked up by the hash of their bytes, so a tampered node is simply not found.
        var trie = new Trie(proof.ToNodeStore(), root);
        var values = new byte[]?[keys.Count];
        try
        {
            for (int i = 0; i < values.Length; i++) values[i] = trie.Get(keys[i]);
        }
        catch (TrieException e) when (e is not TrieProofException)
        {
            throw new TrieProofException($"storage proof does not prove the requested keys under {root}: {e.Message}", e);
        }
        return values;
    }

    /// <summary>As <see cref="Read"/>, returning false instead of throwing.</summary>
    public static bool TryRead(Hash256 root, StorageProof proof, IReadOnlyList<byte[]> keys, out byte[]?[] values)
    {
        try
        {
            values = Read(root, proof, keys);
            return true;
        }
        catch (TrieProofException)
        {
            values = [];
            return false;
        }
    }

    /// <summary>True when the proof shows each key holding exactly the expected value (null meaning absent).</summary>
    public static bool Verify(Hash256 root, StorageProof proof, IReadOnlyList<KeyValuePair<byte[], byte[]?>> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var keys = new byte[expected.Count][];
        for (int i = 0; i < keys.Length; i++) keys[i] = expected[i].Key;
        if (!TryRead(root, proof, keys, out byte[]?[] values)) return false;
        for (int i = 0; i < values.Length; i++)
        {
            byte[]? want = expected[i].Value;
            byte[]? got = values[i];
            if (want is null ? got is not null : got is null || !want.AsSpan().SequenceEqual(got)) return false;
        }
        return true;
    }
}
