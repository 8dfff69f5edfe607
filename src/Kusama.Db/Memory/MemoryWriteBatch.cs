namespace Kusama.Db.Memory;

/// <summary>A <see cref="WriteBatch"/> that records its operations for <see cref="MemoryKeyValueStore.Write"/> to replay.</summary>
internal sealed class MemoryWriteBatch(MemoryKeyValueStore owner) : WriteBatch(owner)
{
    private readonly List<MemoryOperation> _operations = [];

    public IReadOnlyList<MemoryOperation> Operations
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsDisposed, this);
            return _operations;
        }
    }

    private protected override void PutCore(DbColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
        => _operations.Add(new MemoryOperation(MemoryOperationKind.Put, column, key.ToArray(), value.ToArray()));

    private protected override void DeleteCore(DbColumn column, ReadOnlySpan<byte> key)
        => _operations.Add(new MemoryOperation(MemoryOperationKind.Delete, column, key.ToArray(), []));

    private protected override void DeleteRangeCore(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive)
        => _operations.Add(new MemoryOperation(MemoryOperationKind.DeleteRange, column, fromKey.ToArray(), toKeyExclusive.ToArray()));

    private protected override void ClearCore() => _operations.Clear();

    private protected override void DisposeCore() => _operations.Clear();
}
