using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Kusama.Core;
using Kusama.Db;

namespace Kusama.State;

/// <summary>Reference-count changes gathered for one batch, so a node touched several times is read and written once.</summary>
internal sealed class NodeReferenceChanges
{
    private readonly Dictionary<Hash256, Change> _changes = new();

    public int Count => _changes.Count;

    public void Add(Hash256 hash, byte[] data)
    {
        ref Change change = ref CollectionsMarshal.GetValueRefOrAddDefault(_changes, hash, out _);
        change.Delta++;
        change.Data ??= data;
    }

    public void Release(Hash256 hash)
    {
        ref Change change = ref CollectionsMarshal.GetValueRefOrAddDefault(_changes, hash, out _);
        change.Delta--;
    }

    /// <summary>Reads the current counts from <paramref name="store"/> and writes the new ones (or deletions) into <paramref name="batch"/>.</summary>
    /// <exception cref="InvalidOperationException">A count would go below zero, or a node must be written whose bytes are unknown.</exception>
    public void WriteTo(IReadOnlyKeyValueStore store, WriteBatch batch)
    {
        foreach (KeyValuePair<Hash256, Change> entry in _changes)
        {
            int delta = entry.Value.Delta;
            if (delta == 0) continue;
            Hash256 hash = entry.Key;
            byte[]? stored = store.Get(DbColumn.StateNodes, hash.Bytes);
            long count = stored is null ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(stored);
            long updated = count + delta;
            if (updated < 0)
                throw new InvalidOperationException($"State node {hash} would drop to {updated} references; the pruning journal and the node store disagree.");
            if (updated == 0)
            {
                batch.Delete(DbColumn.StateNodes, hash.Bytes);
                continue;
            }
            if (updated > uint.MaxValue) throw new InvalidOperationException($"State node {hash} has more than {uint.MaxValue} references.");
            if (stored is null)
            {
                byte[] data = entry.Value.Data ?? throw new InvalidOperationException($"State node {hash} gains a reference but is neither stored nor written.");
                stored = new byte[StateNodeStore.CountLength + data.Length];
                data.CopyTo(stored, StateNodeStore.CountLength);
            }
            BinaryPrimitives.WriteUInt32LittleEndian(stored, (uint)updated);
            batch.Put(DbColumn.StateNodes, hash.Bytes, stored);
        }
        _changes.Clear();
    }

    private struct Change
    {
        public int Delta;
        public byte[]? Data;
    }
}
