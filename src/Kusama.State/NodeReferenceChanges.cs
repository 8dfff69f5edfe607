using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Kusama.Core;
using Kusama.Db;

namespace Kusama.State;

/// <summary>
/// Reference-count changes gathered for one finalization (or genesis), so a node touched several times is read and
/// written once; nodes left with no reference are deleted unless an unfinalized block still needs them.
/// </summary>
internal sealed class NodeReferenceChanges
{
    private readonly Dictionary<Hash256, int> _deltas = new();

    public int Count => _deltas.Count;

    /// <summary>One more reference from a canonical state.</summary>
    public void Add(Hash256 hash) => CollectionsMarshal.GetValueRefOrAddDefault(_deltas, hash, out _)++;

    /// <summary>One reference fewer (a pruned state's dropped reference).</summary>
    public void Release(Hash256 hash) => CollectionsMarshal.GetValueRefOrAddDefault(_deltas, hash, out _)--;

    /// <summary>A node written by a dropped fork: deleted if nothing references it.</summary>
    public void Touch(Hash256 hash) => CollectionsMarshal.GetValueRefOrAddDefault(_deltas, hash, out _);

    /// <summary>Reads the current counts and writes the new ones, deleting unreferenced nodes not in <paramref name="pendingInserts"/>.</summary>
    /// <exception cref="InvalidOperationException">A count would go below zero: the journal and the node store disagree.</exception>
    public void WriteTo(IReadOnlyKeyValueStore store, WriteBatch batch, HashSet<Hash256>? pendingInserts)
    {
        Span<byte> countKey = stackalloc byte[StateNodeStore.CountKeyLength];
        Span<byte> countValue = stackalloc byte[4];
        foreach (KeyValuePair<Hash256, int> entry in _deltas)
        {
            Hash256 hash = entry.Key;
            StateNodeStore.WriteCountKey(hash, countKey);
            int length = store.Get(DbColumn.StateNodes, countKey, countValue);
            if (length >= 0 && length != 4) throw new DatabaseException($"The reference count of state node {hash} is {length} bytes, not 4; the database is damaged.");
            long count = length < 0 ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(countValue);
            long updated = count + entry.Value;
            if (updated < 0)
                throw new InvalidOperationException($"State node {hash} would drop to {updated} references; the pruning journal and the node store disagree.");
            if (updated > uint.MaxValue) throw new InvalidOperationException($"State node {hash} has more than {uint.MaxValue} references.");
            if (updated == 0)
            {
                if (length >= 0) batch.Delete(DbColumn.StateNodes, countKey);
                if (pendingInserts is null || !pendingInserts.Contains(hash)) batch.Delete(DbColumn.StateNodes, hash.Bytes);
                continue;
            }
            if (updated == count) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(countValue, (uint)updated);
            batch.Put(DbColumn.StateNodes, countKey, countValue);
        }
        _deltas.Clear();
    }
}
