namespace Kusama.Db.Rocks;

/// <summary>An <see cref="IKeyValueIterator"/> over a native RocksDB iterator, which reads an implicit or explicit snapshot.</summary>
/// <remarks>
/// The current key and value are copied into managed buffers on each step, so the spans handed out never point into
/// native memory that a concurrent <see cref="RocksDbStore.Dispose"/> could free. The buffers only grow.
/// </remarks>
internal sealed class RocksDbIterator : IKeyValueIterator, IRocksDbResource
{
    private readonly RocksDbStore _store;
    private readonly RocksDbSharp.Iterator _iterator;
    private readonly byte[]? _seekKey;
    private readonly byte[]? _toKeyExclusive;
    private byte[] _key = new byte[64];
    private byte[] _value = new byte[256];
    private int _keyLength;
    private int _valueLength;
    private bool _started;
    private bool _exhausted;
    private bool _onEntry;
    private int _released;

    public RocksDbIterator(RocksDbStore store, RocksDbSharp.Iterator iterator, ReadOnlySpan<byte> fromKey, byte[]? toKeyExclusive)
    {
        _store = store;
        _iterator = iterator;
        _seekKey = fromKey.IsEmpty ? null : fromKey.ToArray();
        _toKeyExclusive = toKeyExclusive;
    }

    public ReadOnlySpan<byte> Key => _onEntry ? _key.AsSpan(0, _keyLength) : throw NotOnEntry();

    public ReadOnlySpan<byte> Value => _onEntry ? _value.AsSpan(0, _valueLength) : throw NotOnEntry();

    public bool MoveNext()
    {
        _store.Enter();
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _released) != 0, this);
            _onEntry = false;
            // Next() on an iterator that is no longer valid is undefined behaviour in RocksDB (it aborts), so stop here.
            if (_exhausted)
                return false;
            if (!_started)
            {
                _started = true;
                if (_seekKey is null)
                    _iterator.SeekToFirst();
                else
                    _iterator.Seek(_seekKey);
            }
            else
            {
                _iterator.Next();
            }
            if (!_iterator.Valid())
            {
                // Valid() is also false when a read failed (e.g. a corrupt block); only the status tells them apart.
                RocksDbSharp.Native.Instance.rocksdb_iter_get_error(_iterator.Handle, out IntPtr error);
                _exhausted = true;
                _store.ThrowIfError(error, "Iterating");
                return false;
            }
            var key = _iterator.GetKeySpan();
            // RocksDB enforces the upper bound itself; this check guards the ordering contract if that ever changes.
            if (_toKeyExclusive is not null && key.SequenceCompareTo(_toKeyExclusive) >= 0)
            {
                _exhausted = true;
                return false;
            }
            Copy(key, ref _key, out _keyLength);
            Copy(_iterator.GetValueSpan(), ref _value, out _valueLength);
            _onEntry = true;
            return true;
        }
        finally
        {
            _store.Exit();
        }
    }

    public void Dispose()
    {
        _onEntry = false;
        if (!_store.TryEnter())
            return; // the store closed and released this iterator already
        try
        {
            Release();
            _store.Untrack(this);
        }
        finally
        {
            _store.Exit();
        }
    }

    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
            _iterator.Dispose();
    }

    private static void Copy(ReadOnlySpan<byte> source, ref byte[] buffer, out int length)
    {
        if (source.Length > buffer.Length)
            buffer = new byte[Math.Max(source.Length, buffer.Length * 2)];
        source.CopyTo(buffer);
        length = source.Length;
    }

    private static InvalidOperationException NotOnEntry()
        => new("The iterator is not on an entry: call MoveNext first and stop when it returns false.");
}
