using Kusama.Core;
using Kusama.Db;
using Kusama.Frame.Primitives;
using Kusama.Scale;
using Kusama.State;

namespace Kusama.Blockchain.Blocks;

// Writing an imported block.
public sealed partial class BlockTree
{
    /// <summary>
    /// Stores an executed block: its header (seal included), body, justifications and state (<paramref name="state"/>,
    /// from <see cref="StateDb.CommitBlock"/>), the new leaves and — when it is now the head of the longest chain — the
    /// best pointer and canonical index, all in <paramref name="state"/>'s batch, written atomically. Then raises <see cref="BlockImported"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The block is already stored, or its parent is unknown or below finality.</exception>
    public BlockImportNotification Insert(Header header, byte[][] body, Justifications? justifications, StateCommit state, BlockOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(state);
        Hash256 hash = header.Hash();
        BlockImportNotification notification;
        lock (_lock)
        {
            if (_unfinalized.ContainsKey(hash) || _db.Contains(DbColumn.Headers, hash.Bytes))
                throw new InvalidOperationException($"Block #{header.Number} {hash} is already in the chain.");
            if (!_unfinalized.TryGetValue(header.ParentHash, out Header? parent))
                throw new InvalidOperationException($"Block #{header.Number} {hash}: its parent {header.ParentHash} is unknown or below the finalized block #{_finalized.Number}.");
            if (parent.Number + 1 != header.Number)
                throw new InvalidOperationException($"Block #{header.Number} {hash} cannot be the child of block #{parent.Number}.");

            var info = new BlockInfo(hash, header.Number);
            WriteBatch batch = state.Batch;
            batch.Put(DbColumn.Headers, hash.Bytes, ScaleCodec.Encode(header));
            batch.Put(DbColumn.Bodies, hash.Bytes, BlockTreeMeta.EncodeBody(body));
            if (justifications is not null) batch.Put(DbColumn.Justifications, hash.Bytes, ScaleCodec.Encode(justifications));

            var leaves = new List<BlockInfo>(_leaves.Count + 1);
            foreach (BlockInfo leaf in _leaves)
                if (leaf.Hash != header.ParentHash) leaves.Add(leaf);
            InsertLeaf(leaves, info);
            batch.Put(DbColumn.Meta, BlockTreeMeta.LeavesKey, BlockTreeMeta.EncodeLeaves(leaves));

            // Longest chain; on a tie the block seen first stays best.
            bool isNewBest = header.Number > _best.Number;
            TreeRoute? route = null;
            _unfinalized[hash] = header;
            if (isNewBest)
            {
                route = TreeRouteBetween(_best.Hash, hash);
                foreach (BlockInfo enacted in route.Enacted)
                    batch.Put(DbColumn.BlockNumberToHash, BlockTreeMeta.NumberKey(enacted.Number), enacted.Hash.Bytes);
                batch.Put(DbColumn.Meta, BlockTreeMeta.BestKey, BlockTreeMeta.EncodeInfo(info));
            }
            try
            {
                _db.Write(batch);
            }
            catch
            {
                _unfinalized.Remove(hash);
                throw;
            }
            _leaves = leaves;
            if (isNewBest) _best = info;
            notification = new BlockImportNotification(hash, header, body, origin, isNewBest, route);
        }
        BlockImported?.Invoke(notification);
        return notification;
    }

    /// <summary>Keeps leaves ordered highest first (ties: the older leaf first).</summary>
    private static void InsertLeaf(List<BlockInfo> leaves, BlockInfo leaf)
    {
        int index = 0;
        while (index < leaves.Count && leaves[index].Number >= leaf.Number) index++;
        leaves.Insert(index, leaf);
    }
}
