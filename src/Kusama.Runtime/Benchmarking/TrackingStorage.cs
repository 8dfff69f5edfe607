using Kusama.Frame.Storage;
using Kusama.State;

namespace Kusama.Runtime.Benchmarking;

/// <summary>
/// frame-benchmarking's database tracking: an <see cref="IStorage"/> that counts the distinct keys a call reads and
/// writes. A key counts one read the first time it is read (not after it was written: that is served from the
/// overlay), and one write however often it is written; whitelisted keys never count. Rolled-back work still counts.
/// </summary>
public sealed class TrackingStorage : IStorage
{
    private readonly IStorage _inner;
    private readonly HashSet<byte[]> _whitelist = new(ByteKeyComparer.Instance);
    private readonly Dictionary<byte[], Access> _accessed = new(ByteKeyComparer.Instance);

    public TrackingStorage(IStorage inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    [Flags]
    private enum Access : byte
    {
        Read = 1,
        Written = 2,
    }

    /// <summary>Distinct keys read from the backend since the last <see cref="Reset"/>.</summary>
    public uint Reads { get; private set; }

    /// <summary>Distinct keys written since the last <see cref="Reset"/>.</summary>
    public uint Writes { get; private set; }

    /// <summary>Stops counting <paramref name="key"/> (FRAME's benchmark whitelist).</summary>
    public void Whitelist(ReadOnlySpan<byte> key) => _whitelist.Add(key.ToArray());

    /// <summary>Forgets every access counted so far.</summary>
    public void Reset()
    {
        _accessed.Clear();
        Reads = 0;
        Writes = 0;
    }

    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        NoteRead(key);
        return _inner.Get(key);
    }

    public bool Exists(ReadOnlySpan<byte> key)
    {
        NoteRead(key);
        return _inner.Exists(key);
    }

    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        NoteWrite(key);
        _inner.Set(key, value);
    }

    public void Delete(ReadOnlySpan<byte> key)
    {
        NoteWrite(key);
        _inner.Delete(key);
    }

    public byte[]? NextKey(ReadOnlySpan<byte> key) => _inner.NextKey(key);

    /// <summary>Each key removed is read (the backend is walked to find it) and written (deleted).</summary>
    public MultiRemovalResults ClearPrefix(ReadOnlySpan<byte> prefix, uint? limit = null, byte[]? cursor = null)
    {
        byte[]? key = cursor ?? (_inner.Exists(prefix) ? prefix.ToArray() : _inner.NextKey(prefix));
        for (uint seen = 0; key is not null && key.AsSpan().StartsWith(prefix) && (limit is null || seen < limit); seen++)
        {
            NoteRead(key);
            NoteWrite(key);
            key = _inner.NextKey(key);
        }
        return _inner.ClearPrefix(prefix, limit, cursor);
    }

    public int TransactionDepth => _inner.TransactionDepth;

    public void StartTransaction() => _inner.StartTransaction();

    public void CommitTransaction() => _inner.CommitTransaction();

    public void RollbackTransaction() => _inner.RollbackTransaction();

    private void NoteRead(ReadOnlySpan<byte> key)
    {
        var whitelist = _whitelist.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (whitelist.Contains(key)) return;
        var accessed = _accessed.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (accessed.ContainsKey(key)) return;
        accessed[key] = Access.Read;
        Reads++;
    }

    private void NoteWrite(ReadOnlySpan<byte> key)
    {
        var whitelist = _whitelist.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (whitelist.Contains(key)) return;
        var accessed = _accessed.GetAlternateLookup<ReadOnlySpan<byte>>();
        accessed.TryGetValue(key, out Access access);
        if ((access & Access.Written) != 0) return;
        accessed[key] = access | Access.Written;
        Writes++;
    }
}
