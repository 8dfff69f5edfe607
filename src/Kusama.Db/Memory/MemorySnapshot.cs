namespace Kusama.Db.Memory;

/// <summary>A frozen view of a <see cref="MemoryKeyValueStore"/>: the immutable column version current when it was taken.</summary>
internal sealed class MemorySnapshot(MemoryKeyValueStore store, MemoryColumns columns) : MemoryReader
{
    private bool _disposed;

    public override void Dispose() => _disposed = true;

    private protected override MemoryKeyValueStore Owner => store;

    private protected override MemoryColumns View
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            store.ThrowIfDisposed();
            return columns;
        }
    }
}
