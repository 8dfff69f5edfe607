namespace Kusama.Db;

/// <summary>The node's key-value database: named columns, atomic write batches, ordered iteration and snapshots.</summary>
/// <remarks>
/// Writes go through a <see cref="WriteBatch"/> from <see cref="CreateWriteBatch"/>: all of its operations become visible
/// together or, after a crash, not at all (one imported block = one batch). Iterators opened on the live store read the
/// state as of their creation. Dispose only once no other thread uses the store; later calls throw
/// <see cref="ObjectDisposedException"/>, and iterators and snapshots still open are closed with it.
/// </remarks>
public interface IKeyValueStore : IReadOnlyKeyValueStore
{
    /// <summary>A new, empty batch bound to this store.</summary>
    WriteBatch CreateWriteBatch();

    /// <summary>Applies every operation of <paramref name="batch"/> atomically, in the order they were added.</summary>
    /// <param name="batch">A batch from this store's <see cref="CreateWriteBatch"/>; it is left unchanged and may be cleared and reused.</param>
    /// <param name="sync">True to fsync the write-ahead log before returning (survives power loss, not only a process crash).</param>
    void Write(WriteBatch batch, bool sync = false);

    /// <summary>Stores one value (a one-operation batch).</summary>
    void Put(DbColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Removes one key, if present (a one-operation batch).</summary>
    void Delete(DbColumn column, ReadOnlySpan<byte> key);

    /// <summary>A read-only view frozen at this moment; later writes are not visible through it. Dispose it promptly.</summary>
    IReadOnlyKeyValueStore Snapshot();

    /// <summary>Persists buffered writes (memtables) to table files, so a restart replays no write-ahead log.</summary>
    void Flush();
}
