using Kusama.Core;
using Kusama.Db;
using Kusama.Trie;

namespace Kusama.State;

/// <summary>
/// The state backend (Substrate's <c>StateDb</c> with <c>--state-pruning</c>): commits each block's changes into the
/// reference-counted node store and a journal, keeps every state inside the pruning window readable, drops forks that
/// finality rules out, and keeps a flat snapshot of the latest finalized state.
/// </summary>
/// <remarks>
/// <para>A block's commit writes its new nodes and journals them with the references it drops; nothing is deleted, so
/// the states of recent blocks and of unfinalized forks stay whole. Finalizing a block makes its ancestors canonical
/// (their nodes gain references), deletes what forks that can no longer win inserted, releases the dropped references
/// of blocks leaving the pruning window, and applies the canonical changes to the flat snapshot — all in one batch.
/// See <see cref="StateNodeStore"/> for the node layout.</para>
/// <para>Every change goes into a batch the caller writes atomically (with the block's header and pointers), so a crash
/// leaves the state at the last written block. A finalization reads reference counts from the store when its batch is
/// built: write or drop each returned batch before the next <see cref="CommitBlock"/> or <see cref="Finalize"/>. Calls are serialized.</para>
/// </remarks>
public sealed class StateDb
{
    private readonly IKeyValueStore _store;
    private readonly Lock _lock = new();
    private readonly TrieNodeCache _cache;
    private readonly FlatValueCache _values;

    /// <summary>Default budget of the in-memory trie node cache (Substrate's trie cache plays the same part).</summary>
    public const long DefaultNodeCacheBytes = 512L * 1024 * 1024;

    /// <summary>Default number of finalized-state values cached in memory for flat reads.</summary>
    public const int DefaultValueCacheEntries = 1 << 20;

    /// <summary>
    /// Opens the state kept in <paramref name="store"/>. A new database records <paramref name="mode"/> (default 256 blocks); an
    /// existing one keeps its own. Encoded trie nodes are cached in memory up to <paramref name="nodeCacheBytes"/>, and up to
    /// <paramref name="valueCacheEntries"/> values of the finalized state (0 disables either cache).
    /// </summary>
    /// <exception cref="InvalidOperationException">The database was created with a different pruning mode than <paramref name="mode"/>.</exception>
    public StateDb(IKeyValueStore store, PruningMode? mode = null, long nodeCacheBytes = DefaultNodeCacheBytes, int valueCacheEntries = DefaultValueCacheEntries)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCacheBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(valueCacheEntries);
        _store = store;
        _cache = new TrieNodeCache(nodeCacheBytes);
        _values = new FlatValueCache(valueCacheEntries);
        byte[]? stored = store.Get(DbColumn.Meta, JournalCodec.PruningKey);
        if (stored is null)
        {
            Mode = mode ?? PruningMode.Default;
            store.Put(DbColumn.Meta, JournalCodec.PruningKey, JournalCodec.EncodePruning(Mode));
            return;
        }
        Mode = JournalCodec.DecodePruning(stored);
        if (mode is not null && mode != Mode)
            throw new InvalidOperationException($"State pruning mode mismatch: the database was created with --state-pruning {Mode}, not {mode}.");
    }

    /// <summary>The pruning mode in force (the one stored in the database).</summary>
    public PruningMode Mode { get; }

    /// <summary>The last finalized block, or null before genesis is committed.</summary>
    public FinalizedBlock? Finalized => ReadFinalized(_store);

    /// <summary>
    /// Applies <paramref name="changes"/> to the state of <paramref name="parentHash"/> (root <paramref name="parentStateRoot"/>) as
    /// block <paramref name="blockHash"/> number <paramref name="number"/>, and returns the new state root with the batch to write.
    /// The first block committed to an empty database must be genesis (number 0, empty parent state); it is finalized at once.
    /// </summary>
    /// <exception cref="StateDiscardedException">The parent's state is pruned, or belongs to a dropped fork.</exception>
    /// <exception cref="InvalidOperationException">The block was already committed, cannot become canonical, or is not genesis on an empty database.</exception>
    /// <exception cref="ArgumentException">The number or parent root does not match the parent block.</exception>
    public StateCommit CommitBlock(Hash256 blockHash, Hash256 parentHash, uint number, Hash256 parentStateRoot, StateChanges changes, StateVersion stateVersion)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_lock)
        {
            CheckCommit(blockHash, parentHash, number, parentStateRoot);
            return CommitLocked(blockHash, parentHash, number, Prepare(parentStateRoot, changes, stateVersion));
        }
    }

    /// <summary>
    /// Like <see cref="CommitBlock"/> with the trie work already done
    /// by <see cref="Prepare"/> (typically while the block executed, to compute its state root): only the batch is built.
    /// </summary>
    /// <exception cref="StateDiscardedException">The parent's state is pruned, or belongs to a dropped fork.</exception>
    /// <exception cref="InvalidOperationException">The block was already committed, cannot become canonical, or is not genesis on an empty database.</exception>
    /// <exception cref="ArgumentException">The number or prepared parent root does not match the parent block.</exception>
    public StateCommit CommitPrepared(Hash256 blockHash, Hash256 parentHash, uint number, PreparedStateCommit prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        lock (_lock)
        {
            CheckCommit(blockHash, parentHash, number, prepared.ParentStateRoot);
            return CommitLocked(blockHash, parentHash, number, prepared);
        }
    }

    /// <summary>
    /// Applies <paramref name="changes"/> to the trie under <paramref name="parentStateRoot"/> in memory: the new root and
    /// everything a commit needs, in O(changes × depth). Writes nothing; safe to call concurrently with commits and reads.
    /// </summary>
    /// <exception cref="StateDiscardedException">The parent state is not (or no longer) stored.</exception>
    public PreparedStateCommit Prepare(Hash256 parentStateRoot, StateChanges changes, StateVersion stateVersion)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var nodes = new StateNodeStore(_store, _cache);
        if (parentStateRoot != TrieRoot.Empty && nodes.Get(parentStateRoot) is null)
            throw new StateDiscardedException(parentStateRoot.ToString());
        var top = new Kusama.Trie.Trie(nodes, parentStateRoot);
        var flat = new List<KeyValuePair<byte[], byte[]?>>(changes.Top.Count);
        var inserted = new List<KeyValuePair<Hash256, byte[]>>();
        var obsolete = new List<Hash256>();

        foreach (KeyValuePair<byte[], byte[]?> change in changes.Top)
        {
            Apply(top, change.Key, change.Value);
            flat.Add(new(FlatKeys.Top(change.Key), change.Value));
        }
        foreach (KeyValuePair<byte[], IReadOnlyList<KeyValuePair<byte[], byte[]?>>> child in changes.Children)
        {
            byte[] parentKey = ChildTrie.ParentKey(child.Key);
            byte[]? storedRoot = top.Get(parentKey);
            var childTrie = new Kusama.Trie.Trie(nodes, storedRoot is null ? TrieRoot.Empty : new Hash256(storedRoot));
            foreach (KeyValuePair<byte[], byte[]?> change in child.Value)
            {
                Apply(childTrie, change.Key, change.Value);
                flat.Add(new(FlatKeys.Child(child.Key, change.Key), change.Value));
            }
            TrieCommit childCommit = childTrie.Commit(stateVersion);
            Collect(childCommit, inserted, obsolete);
            ChildTrie.SetRoot(top, child.Key, childCommit.Root);
            flat.Add(new(FlatKeys.Top(parentKey), ChildTrie.ParentValue(childCommit.Root)));
        }
        TrieCommit commit = top.Commit(stateVersion);
        Collect(commit, inserted, obsolete);
        return new PreparedStateCommit(parentStateRoot, commit.Root, stateVersion, changes, inserted, obsolete, flat);
    }

    private void CheckCommit(Hash256 blockHash, Hash256 parentHash, uint number, Hash256 parentStateRoot)
    {
        FinalizedBlock? finalized = ReadFinalized(_store);
        if (_store.Contains(DbColumn.StateJournal, JournalCodec.IndexKey(blockHash)))
            throw new InvalidOperationException($"The state of block {blockHash} is already committed.");
        if (finalized is null)
        {
            if (number != 0 || parentStateRoot != TrieRoot.Empty)
                throw new InvalidOperationException($"The first block committed to an empty state database must be genesis (number 0, empty parent state), not #{number}.");
            return;
        }
        if (number <= finalized.Value.Number)
            throw new InvalidOperationException($"Block #{number} {blockHash} cannot be committed: block #{finalized.Value.Number} is already finalized.");
        byte[] parentIndex = _store.Get(DbColumn.StateJournal, JournalCodec.IndexKey(parentHash)) ?? throw new StateDiscardedException(parentHash.ToString());
        if (!JournalCodec.TryDecodeIndex(parentIndex, out uint parentNumber, out Hash256 parentRoot))
            throw new DatabaseException($"The state index of block {parentHash} is malformed; the database is damaged.");
        if (parentRoot != parentStateRoot)
            throw new ArgumentException($"Parent {parentHash} has state root {parentRoot}, not {parentStateRoot}.", nameof(parentStateRoot));
        if (parentNumber + 1 != number)
            throw new ArgumentException($"Block #{number} cannot be the child of block #{parentNumber} {parentHash}.", nameof(number));
    }

    private StateCommit CommitLocked(Hash256 blockHash, Hash256 parentHash, uint number, PreparedStateCommit prepared)
    {
        FinalizedBlock? finalized = ReadFinalized(_store);
        List<KeyValuePair<Hash256, byte[]>> inserted = prepared.Inserted;
        List<Hash256> obsolete = prepared.Obsolete;
        List<KeyValuePair<byte[], byte[]?>> flat = prepared.FlatChanges;
        foreach (KeyValuePair<Hash256, byte[]> node in inserted) _cache.Add(node.Key, node.Value);
        Hash256 root = prepared.StateRoot;

        WriteBatch batch = _store.CreateWriteBatch();
        try
        {
            var insertedHashes = new List<Hash256>(inserted.Count);
            foreach (KeyValuePair<Hash256, byte[]> node in inserted)
            {
                // Content-addressed: rewriting a node that is already stored writes the same bytes.
                batch.Put(DbColumn.StateNodes, node.Key.Bytes, node.Value);
                insertedHashes.Add(node.Key);
            }
            batch.Put(DbColumn.StateJournal, JournalCodec.IndexKey(blockHash), JournalCodec.EncodeIndex(number, root));
            if (finalized is null)
            {
                // Genesis is canonical and final from the start: counted, straight into the flat snapshot, nothing to journal.
                var references = new NodeReferenceChanges();
                foreach (Hash256 hash in insertedHashes) references.Add(hash);
                references.WriteTo(_store, batch, pendingInserts: null);
                foreach (KeyValuePair<byte[], byte[]?> change in flat) WriteFlat(batch, change);
                batch.Put(DbColumn.Meta, JournalCodec.FinalizedKey, JournalCodec.EncodeFinalized(number, blockHash, root));
            }
            else
            {
                var pending = new PendingBlock(parentHash, root, insertedHashes, obsolete, flat);
                batch.Put(DbColumn.StateJournal, JournalCodec.PendingKey(number, blockHash), JournalCodec.EncodePending(pending));
            }
            return new StateCommit(root, batch);
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Finalizes <paramref name="blockHash"/> and its unfinalized ancestors: applies their changes to the flat snapshot,
    /// drops every fork that no longer leads from the finalized chain, and prunes states that left the window.
    /// Returns the batch to write (empty when the block is already the finalized one).
    /// </summary>
    /// <exception cref="InvalidOperationException">The block is unknown, on a dropped fork, or not a descendant of the last finalized block.</exception>
    public WriteBatch Finalize(Hash256 blockHash)
    {
        lock (_lock)
        {
            FinalizedBlock previous = ReadFinalized(_store) ?? throw new InvalidOperationException("Nothing to finalize: the state database has no genesis yet.");
            WriteBatch batch = _store.CreateWriteBatch();
            try
            {
                if (blockHash == previous.Hash) return batch;
                List<Hash256> route = Route(previous, blockHash, out Hash256 finalizedRoot);
                uint finalizedNumber = previous.Number + (uint)route.Count;
                bool constrained = Mode.Kind == PruningKind.Constrained;
                // The lowest block whose state stays; journaled drops of blocks up to it are released.
                long pruneUpTo = constrained ? (long)finalizedNumber - Mode.Blocks + 1 : -1;

                var references = new NodeReferenceChanges();
                var discarded = new HashSet<Hash256>();
                var survivors = new HashSet<Hash256>();
                var flatChanges = new List<KeyValuePair<byte[], byte[]?>>();
                using (IKeyValueIterator pending = _store.Iterate(DbColumn.StateJournal, JournalCodec.PendingKey(previous.Number + 1, Hash256.Zero), [JournalCodec.PendingTag + 1]))
                {
                    while (pending.MoveNext())
                    {
                        uint number = JournalCodec.NumberOf(pending.Key);
                        var hash = new Hash256(pending.Key[5..]);
                        bool canonical = number <= finalizedNumber && route[(int)(number - previous.Number - 1)] == hash;
                        PendingBlock block = JournalCodec.DecodePending(pending.Value, withChanges: canonical);
                        if (canonical)
                        {
                            foreach (Hash256 node in block.Inserted) references.Add(node);
                            foreach (KeyValuePair<byte[], byte[]?> change in block.FlatChanges) WriteFlat(batch, change);
                            flatChanges.AddRange(block.FlatChanges);
                            batch.Delete(DbColumn.StateJournal, pending.Key);
                            if (!constrained) continue;
                            if (number <= pruneUpTo) Prune(batch, references, block.Parent, block.Obsolete);
                            else batch.Put(DbColumn.StateJournal, JournalCodec.PrunableKey(number), JournalCodec.EncodePrunable(block.Parent, block.Obsolete));
                            continue;
                        }
                        bool ruledOut = number <= finalizedNumber || discarded.Contains(block.Parent);
                        if (!ruledOut)
                        {
                            survivors.UnionWith(block.Inserted);
                            continue;
                        }
                        if (Mode.Kind == PruningKind.ArchiveAll)
                        {
                            // Archive keeps forks readable for good: their nodes become permanent references.
                            foreach (Hash256 node in block.Inserted) references.Add(node);
                            batch.Delete(DbColumn.StateJournal, pending.Key);
                            continue;
                        }
                        foreach (Hash256 node in block.Inserted) references.Touch(node);
                        batch.Delete(DbColumn.StateJournal, pending.Key);
                        batch.Delete(DbColumn.StateJournal, JournalCodec.IndexKey(hash));
                        discarded.Add(hash);
                    }
                }

                if (pruneUpTo >= 1)
                {
                    using IKeyValueIterator prunable = _store.Iterate(DbColumn.StateJournal, JournalCodec.PrunableKey(0), JournalCodec.PrunableKey((uint)pruneUpTo + 1));
                    while (prunable.MoveNext())
                    {
                        (Hash256 parent, List<Hash256> obsolete) = JournalCodec.DecodePrunable(prunable.Value);
                        Prune(batch, references, parent, obsolete);
                        batch.Delete(DbColumn.StateJournal, prunable.Key);
                    }
                }

                references.WriteTo(_store, batch, survivors);
                batch.Put(DbColumn.Meta, JournalCodec.FinalizedKey, JournalCodec.EncodeFinalized(finalizedNumber, blockHash, finalizedRoot));
                _values.Finalizing(previous.Hash, blockHash, flatChanges);
                return batch;
            }
            catch
            {
                batch.Dispose();
                throw;
            }
        }
    }

    /// <summary>True when the state of <paramref name="blockHash"/> is kept (committed and not pruned or dropped).</summary>
    public bool HasState(Hash256 blockHash) => _store.Contains(DbColumn.StateJournal, JournalCodec.IndexKey(blockHash));

    /// <summary>A read view of the state at <paramref name="blockHash"/>; the latest finalized block reads from the flat snapshot.</summary>
    /// <exception cref="StateDiscardedException">The state was pruned, dropped with its fork, or never committed.</exception>
    public StateView GetState(Hash256 blockHash) =>
        TryGetState(blockHash, out StateView? state) ? state : throw new StateDiscardedException(blockHash.ToString());

    /// <summary>
    /// A read view of the state at <paramref name="blockHash"/>, or false when it is not kept (pruned, dropped with its fork,
    /// never committed): for callers where an unknown block is routine, such as peers' requests.
    /// </summary>
    public bool TryGetState(Hash256 blockHash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StateView? state)
    {
        IReadOnlyKeyValueStore snapshot = _store.Snapshot();
        try
        {
            byte[]? index = snapshot.Get(DbColumn.StateJournal, JournalCodec.IndexKey(blockHash));
            if (index is null)
            {
                snapshot.Dispose();
                state = null;
                return false;
            }
            if (!JournalCodec.TryDecodeIndex(index, out _, out Hash256 root))
                throw new DatabaseException($"The state index of block {blockHash} is malformed; the database is damaged.");
            bool flat = ReadFinalized(snapshot) is { } finalized && finalized.Hash == blockHash;
            state = new StateView(snapshot, root, flat, _cache, _values, blockHash);
            return true;
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }
    }

    /// <summary>A read view of the state under <paramref name="stateRoot"/>, from the trie (or the flat snapshot when it is the finalized root).</summary>
    /// <exception cref="StateDiscardedException">No kept state has that root.</exception>
    public StateView OpenAt(Hash256 stateRoot)
    {
        IReadOnlyKeyValueStore snapshot = _store.Snapshot();
        try
        {
            if (stateRoot != TrieRoot.Empty && !snapshot.Contains(DbColumn.StateNodes, stateRoot.Bytes))
                throw new StateDiscardedException(stateRoot.ToString());
            FinalizedBlock? finalized = ReadFinalized(snapshot);
            bool flat = finalized is { } head && head.StateRoot == stateRoot;
            return new StateView(snapshot, stateRoot, flat, _cache, _values, finalized?.Hash ?? default);
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }
    }

    /// <summary>A view of <paramref name="stateRoot"/> that always walks the trie, even for the finalized state (benchmarks, cross-checks).</summary>
    internal StateView OpenTrieAt(Hash256 stateRoot)
    {
        IReadOnlyKeyValueStore snapshot = _store.Snapshot();
        if (stateRoot != TrieRoot.Empty && !snapshot.Contains(DbColumn.StateNodes, stateRoot.Bytes))
        {
            snapshot.Dispose();
            throw new StateDiscardedException(stateRoot.ToString());
        }
        return new StateView(snapshot, stateRoot, flat: false, _cache);
    }

    private List<Hash256> Route(FinalizedBlock from, Hash256 to, out Hash256 toRoot)
    {
        var route = new List<Hash256>();
        toRoot = default;
        Hash256 current = to;
        while (current != from.Hash)
        {
            byte[] index = _store.Get(DbColumn.StateJournal, JournalCodec.IndexKey(current))
                ?? throw new InvalidOperationException($"Cannot finalize {to}: block {current} has no kept state (unknown, or on a dropped fork).");
            if (!JournalCodec.TryDecodeIndex(index, out uint number, out Hash256 root))
                throw new DatabaseException($"The state index of block {current} is malformed; the database is damaged.");
            if (number <= from.Number)
                throw new InvalidOperationException($"Cannot finalize {to}: it does not descend from the finalized block #{from.Number} {from.Hash}.");
            if (route.Count == 0) toRoot = root;
            byte[] pending = _store.Get(DbColumn.StateJournal, JournalCodec.PendingKey(number, current))
                ?? throw new InvalidOperationException($"Cannot finalize {to}: block #{number} {current} has no journal entry.");
            route.Add(current);
            current = JournalCodec.DecodePending(pending, withChanges: false).Parent;
        }
        route.Reverse();
        return route;
    }

    /// <summary>Releases a canonical block's dropped references, which discards its parent's state.</summary>
    private static void Prune(WriteBatch batch, NodeReferenceChanges references, Hash256 parent, List<Hash256> obsolete)
    {
        foreach (Hash256 node in obsolete) references.Release(node);
        batch.Delete(DbColumn.StateJournal, JournalCodec.IndexKey(parent));
    }

    private static void Apply(Kusama.Trie.Trie trie, byte[] key, byte[]? value)
    {
        if (value is null) trie.Remove(key);
        else trie.Insert(key, value);
    }

    private static void Collect(TrieCommit commit, List<KeyValuePair<Hash256, byte[]>> inserted, List<Hash256> obsolete)
    {
        inserted.AddRange(commit.NewNodes);
        obsolete.AddRange(commit.ObsoleteNodes);
    }

    private static void WriteFlat(WriteBatch batch, KeyValuePair<byte[], byte[]?> change)
    {
        if (change.Value is null) batch.Delete(DbColumn.StateFlat, change.Key);
        else batch.Put(DbColumn.StateFlat, change.Key, change.Value);
    }

    private static FinalizedBlock? ReadFinalized(IReadOnlyKeyValueStore store)
    {
        byte[]? value = store.Get(DbColumn.Meta, JournalCodec.FinalizedKey);
        return value is null ? null : JournalCodec.DecodeFinalized(value);
    }
}
