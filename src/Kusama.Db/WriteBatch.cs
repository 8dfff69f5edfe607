namespace Kusama.Db;

/// <summary>Puts and deletes across columns that <see cref="IKeyValueStore.Write"/> applies atomically, in order.</summary>
/// <remarks>
/// Key and value bytes are copied when added, so callers may reuse their buffers. Later operations win over earlier ones
/// on the same key. A batch belongs to the store that created it and is used by one thread at a time.
/// </remarks>
public abstract class WriteBatch : IDisposable
{
    private protected WriteBatch(object owner) => Owner = owner;

    /// <summary>The store that created this batch; <see cref="IKeyValueStore.Write"/> refuses batches of another store.</summary>
    internal object Owner { get; }

    /// <summary>The number of operations added since creation or the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>True once disposed.</summary>
    protected bool IsDisposed { get; private set; }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    public void Put(DbColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ThrowIfUnusable(column);
        PutCore(column, key, value);
        Count++;
    }

    /// <summary>Removes <paramref name="key"/>; removing an absent key is not an error.</summary>
    public void Delete(DbColumn column, ReadOnlySpan<byte> key)
    {
        ThrowIfUnusable(column);
        DeleteCore(column, key);
        Count++;
    }

    /// <summary>Removes every key with <paramref name="fromKey"/> ≤ key &lt; <paramref name="toKeyExclusive"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="fromKey"/> sorts after <paramref name="toKeyExclusive"/>.</exception>
    public void DeleteRange(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive)
    {
        ThrowIfUnusable(column);
        if (fromKey.SequenceCompareTo(toKeyExclusive) > 0)
            throw new ArgumentException($"DeleteRange start key {Convert.ToHexString(fromKey)} sorts after end key {Convert.ToHexString(toKeyExclusive)}.", nameof(fromKey));
        DeleteRangeCore(column, fromKey, toKeyExclusive);
        Count++;
    }

    /// <summary>Drops every operation so the batch can be reused.</summary>
    public void Clear()
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ClearCore();
        Count = 0;
    }

    public void Dispose()
    {
        if (IsDisposed)
            return;
        IsDisposed = true;
        DisposeCore();
        GC.SuppressFinalize(this);
    }

    private protected abstract void PutCore(DbColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    private protected abstract void DeleteCore(DbColumn column, ReadOnlySpan<byte> key);

    private protected abstract void DeleteRangeCore(DbColumn column, ReadOnlySpan<byte> fromKey, ReadOnlySpan<byte> toKeyExclusive);

    private protected abstract void ClearCore();

    private protected abstract void DisposeCore();

    private void ThrowIfUnusable(DbColumn column)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        DbColumns.Check(column);
    }
}
