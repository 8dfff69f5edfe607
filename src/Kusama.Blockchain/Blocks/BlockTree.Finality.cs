using Kusama.Core;
using Kusama.Db;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Blockchain.Blocks;

// Finalizing blocks: canonical index, pruning forks and bodies, the state's finality.
public sealed partial class BlockTree
{
    /// <summary>
    /// Finalizes <paramref name="hash"/> and its unfinalized ancestors (sc-client-api <c>finalize_block</c>), storing
    /// <paramref name="justification"/> with it: forks that no longer lead from the finalized chain are dropped (their
    /// bodies too unless <c>--blocks-pruning archive</c>), bodies leaving the kept window are pruned, the state is
    /// finalized, all in one batch. If the best block is not a descendant, the finalized block becomes best.
    /// Returns the notification raised, or null when <paramref name="hash"/> was already the finalized block.
    /// </summary>
    /// <exception cref="InvalidOperationException">The block is unknown or does not descend from the finalized block.</exception>
    public FinalityNotification? Finalize(Hash256 hash, Justification? justification = null)
    {
        FinalityNotification notification;
        lock (_lock)
        {
            if (hash == _finalized.Hash) return null;
            if (!_unfinalized.TryGetValue(hash, out Header? header))
                throw new InvalidOperationException($"Cannot finalize {hash}: it is not an unfinalized block of this chain.");
            TreeRoute route = TreeRouteBetween(_finalized.Hash, hash);
            if (!route.IsForward)
                throw new InvalidOperationException($"Cannot finalize #{header.Number} {hash}: it does not descend from the finalized block {_finalized}.");

            WriteBatch batch = State.Finalize(hash);
            try
            {
                var newFinalized = new BlockInfo(hash, header.Number);
                var finalized = new List<Hash256>(route.Enacted.Count);
                foreach (BlockInfo block in route.Enacted)
                {
                    finalized.Add(block.Hash);
                    batch.Put(DbColumn.BlockNumberToHash, BlockTreeMeta.NumberKey(block.Number), block.Hash.Bytes);
                }
                if (justification is not null)
                    batch.Put(DbColumn.Justifications, hash.Bytes, ScaleCodec.Encode(new Justifications([justification])));

                // Which unfinalized blocks survive: those descending from the new finalized block.
                var survivors = new HashSet<Hash256> { hash };
                var pruned = new List<Hash256>();
                var canonical = new HashSet<Hash256>(finalized);
                foreach (KeyValuePair<Hash256, Header> entry in _unfinalized)
                {
                    if (entry.Key == _finalized.Hash || canonical.Contains(entry.Key)) continue;
                    if (!Survives(entry.Key, entry.Value, newFinalized, survivors)) pruned.Add(entry.Key);
                }
                if (Pruning.Kind != BlocksPruningKind.Archive)
                {
                    foreach (Hash256 block in pruned)
                    {
                        batch.Delete(DbColumn.Bodies, block.Bytes);
                        batch.Delete(DbColumn.Justifications, block.Bytes);
                    }
                }
                if (Pruning.Kind == BlocksPruningKind.KeepFinalized && header.Number >= Pruning.Blocks)
                {
                    // Keep the bodies of the last N finalized blocks: those below number (finalized - N + 1) go.
                    uint from = _finalized.Number >= Pruning.Blocks ? _finalized.Number - Pruning.Blocks + 1 : 0;
                    uint to = header.Number - Pruning.Blocks;
                    for (uint number = from; number <= to; number++)
                    {
                        Hash256? canonicalHash = CanonicalAtOrBelowFinalized(number, route);
                        if (canonicalHash is { } h && number != 0) batch.Delete(DbColumn.Bodies, h.Bytes);
                    }
                }

                var leaves = new List<BlockInfo>(_leaves.Count);
                foreach (BlockInfo leaf in _leaves)
                    if (survivors.Contains(leaf.Hash)) leaves.Add(leaf);
                if (leaves.Count == 0) leaves.Add(newFinalized);
                batch.Put(DbColumn.Meta, BlockTreeMeta.LeavesKey, BlockTreeMeta.EncodeLeaves(leaves));
                batch.Put(DbColumn.Meta, BlockTreeMeta.FinalizedKey, BlockTreeMeta.EncodeInfo(newFinalized));
                BlockInfo best = _best;
                if (!survivors.Contains(best.Hash))
                {
                    best = leaves[0];
                    batch.Put(DbColumn.Meta, BlockTreeMeta.BestKey, BlockTreeMeta.EncodeInfo(best));
                }
                _db.Write(batch);

                _unfinalized.Remove(_finalized.Hash);
                foreach (Hash256 block in finalized)
                    if (block != hash) _unfinalized.Remove(block);
                foreach (Hash256 block in pruned) _unfinalized.Remove(block);
                _leaves = leaves;
                _best = best;
                _finalized = newFinalized;
                notification = new FinalityNotification(hash, header, finalized, pruned);
            }
            finally
            {
                batch.Dispose();
            }
        }
        Finalized?.Invoke(notification);
        return notification;
    }

    /// <summary>True when the unfinalized block descends from <paramref name="finalized"/> (memoized in <paramref name="survivors"/>).</summary>
    private bool Survives(Hash256 hash, Header header, BlockInfo finalized, HashSet<Hash256> survivors)
    {
        if (header.Number <= finalized.Number) return false;
        var path = new List<Hash256>();
        Hash256 current = hash;
        Header currentHeader = header;
        while (currentHeader.Number > finalized.Number && !survivors.Contains(current))
        {
            path.Add(current);
            current = currentHeader.ParentHash;
            if (!_unfinalized.TryGetValue(current, out Header? parent)) return false;
            currentHeader = parent;
        }
        bool survives = survivors.Contains(current);
        if (survives) survivors.UnionWith(path);
        return survives;
    }

    /// <summary>The canonical hash at <paramref name="number"/> while finalizing along <paramref name="route"/>.</summary>
    private Hash256? CanonicalAtOrBelowFinalized(uint number, TreeRoute route)
    {
        foreach (BlockInfo block in route.Enacted)
            if (block.Number == number) return block.Hash;
        byte[]? stored = _db.Get(DbColumn.BlockNumberToHash, BlockTreeMeta.NumberKey(number));
        return stored is null ? null : new Hash256(stored);
    }
}
