namespace Kusama.Db.Rocks;

/// <summary>A <see cref="WriteBatch"/> over a native RocksDB write batch; operations are copied into it as they are added.</summary>
internal sealed class RocksDbWriteBatch(RocksDbStore store) : WriteBatch(store)
{
    public RocksDbSharp.WriteBatch NativeBatch { get; } = new();

    private protected override void PutCore(DbColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        // The guard keeps the column handle alive while librocksdb reads its id.
        store.Enter();
        try
        {
            NativeBatch.Put(key, value, store.Column(column));
        }
        finally
        {
            store.Exit();
        }
    }

    private protected override void DeleteCore(DbColumn column, ReadOnlySpan<byte> key)
    {
        store.Enter();
        try
        {
            NativeBatch.Delete(key, store.Column(column));
        }
        finally
        {
            store.Exit();
        }
    }

    private protected override unsafe void DeleteRangeCore(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive)
    {
        store.Enter();
        try
        {
            fixed (byte* from = fromKey)
            fixed (byte* to = toKeyExclusive)
                NativeBatch.DeleteRange(from, (ulong)fromKey.Length, to, (ulong)toKeyExclusive.Length, store.Column(column));
        }
        finally
        {
            store.Exit();
        }
    }

    private protected override void ClearCore() => NativeBatch.Clear();

    private protected override void DisposeCore() => NativeBatch.Dispose();
}
