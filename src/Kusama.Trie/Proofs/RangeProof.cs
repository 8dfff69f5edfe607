using Kusama.Core;

namespace Kusama.Trie.Proofs;

/// <summary>
/// Range proofs of a state, as <c>/state/2</c> exchanges them (sp-state-machine
/// <c>prove_range_read_with_child_with_size</c> / <c>read_range_proof_check_with_child</c>): every node the in-order walk
/// after a start key reads, entering each default child trie the top trie names, until the recorded size passes a limit.
/// </summary>
public static class RangeProof
{
    /// <summary>Substrate's <c>MAX_NESTED_TRIE_DEPTH</c>: a start key names at most a child root key and a key in that child.</summary>
    public const int MaxNestedTrieDepth = 2;

    /// <summary>
    /// Records the walk of the state under <paramref name="root"/> after <paramref name="startAt"/> (exclusive; [top key] or
    /// [child root key, child key]) until the recorded proof's estimated size passes <paramref name="sizeLimit"/>; the entry
    /// that passes it is still recorded. Returns the proof and the number of entries counted.
    /// </summary>
    /// <exception cref="TrieProofException">A bad start key, or the store lacks a node of the state.</exception>
    public static (StorageProof Proof, int Count) Prove(ITrieNodeStore store, Hash256 root, IReadOnlyList<byte[]> startAt, long sizeLimit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(startAt);
        if (startAt.Count > MaxNestedTrieDepth) throw new TrieProofException("Invalid start of range.");
        var recorder = new RecordingTrieNodeStore(store);
        var childRoots = new HashSet<byte[]>(ByteArrayComparer.Instance);
        byte[]? childKey = null;
        byte[]? start = startAt.Count > 0 ? startAt[^1] : null;
        if (startAt.Count == 2)
        {
            byte[] childRoot = Get(recorder, root, startAt[0])
                ?? throw new TrieProofException("Invalid range start child trie key.");
            childRoots.Add(childRoot);
            childKey = startAt[0];
        }
        int count = 0;
        while (true)
        {
            int depth = childKey is null ? 1 : 2;
            TrieNodeIterator? iterator = OpenLevel(recorder, root, childKey, start);
            byte[]? switchTo = null;
            bool complete = iterator is null;
            bool first = true;
            while (iterator is not null)
            {
                TrieNodeIterator.Step step = NextPair(iterator, start, ref first);
                if (step == TrieNodeIterator.Step.End)
                {
                    complete = true;
                    break;
                }
                if (step == TrieNodeIterator.Step.Missing)
                    throw new TrieProofException($"the state under {root} lacks node {iterator.MissingHash}");
                if (depth < MaxNestedTrieDepth && iterator.ItemKey.AsSpan().StartsWith(ChildTrie.ChildStoragePrefix))
                {
                    count++;
                    // A child trie with the same root as one already sent is not sent again.
                    if (childRoots.Add(iterator.ItemValue))
                    {
                        switchTo = iterator.ItemKey;
                        break;
                    }
                }
                else if (recorder.EstimatedEncodedSize <= sizeLimit)
                {
                    count++;
                }
                else
                {
                    break;
                }
            }
            if (switchTo is not null)
            {
                childKey = switchTo;
                start = null;
            }
            else if (depth == 1 || !complete)
            {
                break;
            }
            else
            {
                start = childKey;
                childKey = null;
            }
        }
        return (recorder.ToProof(), count);
    }

    /// <summary><see cref="Prove"/>, compacted against <paramref name="root"/> as <c>/state/2</c> sends it.</summary>
    public static CompactProof ProveCompact(ITrieNodeStore store, Hash256 root, IReadOnlyList<byte[]> startAt, long sizeLimit) =>
        CompactProof.FromStorageProof(Prove(store, root, startAt, sizeLimit).Proof, root);

    /// <summary>
    /// Checks a compact range proof against <paramref name="root"/> and reads what it proves after <paramref name="startAt"/>
    /// (sc-client <c>verify_range_proof</c>): the entries of each level in order, and how deep the walk stopped at a node the
    /// proof does not hold.
    /// </summary>
    /// <exception cref="TrieProofException">The proof is malformed, does not match the root, or does not cover the start.</exception>
    public static KeyValueStates Verify(Hash256 root, CompactProof proof, IReadOnlyList<byte[]> startAt)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(startAt);
        try
        {
            return VerifyCore(root, proof, startAt);
        }
        catch (TrieException e) when (e is not TrieProofException)
        {
            throw new TrieProofException($"range proof does not verify: {e.Message}", e);
        }
    }

    private static KeyValueStates VerifyCore(Hash256 root, CompactProof proof, IReadOnlyList<byte[]> startAt)
    {
        (MemoryTrieNodeStore store, _) = proof.ToNodeStore(root);
        long budget = proof.EntryBudget;
        var levels = new List<KeyValueStorageLevel> { new([], []) };
        if (startAt.Count > MaxNestedTrieDepth) throw new TrieProofException("Invalid start of range.");
        var childRoots = new HashSet<byte[]>(ByteArrayComparer.Instance);
        (byte[] Key, byte[] Root)? child = null;
        byte[]? start = startAt.Count > 0 ? startAt[^1] : null;
        if (startAt.Count == 2)
        {
            byte[] childRoot = Get(store, root, startAt[0])
                ?? throw new TrieProofException("Invalid range start child trie key.");
            childRoots.Add(childRoot);
            child = (startAt[0], childRoot);
        }
        while (true)
        {
            int depth = 1;
            List<KeyValuePair<byte[], byte[]>> values = levels[0].KeyValues;
            if (child is { } entered)
            {
                depth = 2;
                levels.Add(new KeyValueStorageLevel(entered.Root, []));
                values = levels[^1].KeyValues;
            }
            TrieNodeIterator? iterator = OpenLevel(store, root, child?.Key, start);
            byte[]? switchTo = null;
            byte[]? switchRoot = null;
            bool complete = iterator is null;
            bool first = true;
            while (iterator is not null)
            {
                TrieNodeIterator.Step step = NextPair(iterator, start, ref first);
                // The proof ends where its nodes end: that is where the range stops, not an error.
                if (step == TrieNodeIterator.Step.Missing) break;
                if (step == TrieNodeIterator.Step.End)
                {
                    complete = true;
                    break;
                }
                values.Add(new(iterator.ItemKey, iterator.ItemValue));
                if (--budget < 0) throw new TrieProofException("range proof yields more entries than it can hold: nodes reused by hash");
                if (depth < MaxNestedTrieDepth && iterator.ItemKey.AsSpan().StartsWith(ChildTrie.ChildStoragePrefix)
                    && childRoots.Add(iterator.ItemValue))
                {
                    switchTo = iterator.ItemKey;
                    switchRoot = iterator.ItemValue;
                    break;
                }
            }
            if (switchTo is not null)
            {
                child = (switchTo, switchRoot!);
                start = null;
                continue;
            }
            if (!complete) return new KeyValueStates(levels, depth);
            if (depth == 1) return new KeyValueStates(levels, 0);
            start = child!.Value.Key;
            child = null;
        }
    }

    /// <summary>The value at <paramref name="key"/> under <paramref name="root"/>, read through <see cref="Trie"/> (so a recording store records its path).</summary>
    private static byte[]? Get(ITrieNodeStore store, Hash256 root, byte[] key)
    {
        try
        {
            return new Trie(store, root).Get(key);
        }
        catch (TrieException e) when (e is not TrieProofException)
        {
            throw new TrieProofException(e.Message, e);
        }
    }

    /// <summary>An iterator over the top trie or the child trie named by <paramref name="childKey"/>, sought to the start; null for a child trie that is not there.</summary>
    private static TrieNodeIterator? OpenLevel(ITrieNodeStore store, Hash256 root, byte[]? childKey, byte[]? start)
    {
        Hash256 trieRoot = root;
        if (childKey is not null)
        {
            if (!ChildTrie.TryGetChildKey(childKey, out _)) throw new TrieProofException("Invalid range start child trie key.");
            byte[]? stored = Get(store, root, childKey);
            if (stored is null) return null;
            if (stored.Length != Hash256.Length)
                throw new TrieProofException($"child trie root under 0x{Convert.ToHexString(childKey)} is not a 32-byte hash");
            trieRoot = new Hash256(stored);
        }
        var iterator = new TrieNodeIterator(store, trieRoot);
        if (!iterator.Seek(start ?? []))
            throw new TrieProofException($"the trie under {trieRoot} lacks node {iterator.MissingHash} on the way to the start key");
        return iterator;
    }

    /// <summary>The next entry, passing over the start key itself the first time (the start is exclusive).</summary>
    private static TrieNodeIterator.Step NextPair(TrieNodeIterator iterator, byte[]? start, ref bool first)
    {
        TrieNodeIterator.Step step = iterator.NextItem();
        if (first && start is not null && step == TrieNodeIterator.Step.Item && iterator.ItemKey.AsSpan().SequenceEqual(start))
            step = iterator.NextItem();
        first = false;
        return step;
    }
}
