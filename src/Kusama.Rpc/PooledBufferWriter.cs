using System.Buffers;

namespace Kusama.Rpc;

/// <summary>An <see cref="IBufferWriter{T}"/> over pooled arrays; the filled buffer is handed on as an <see cref="RpcOutgoingMessage"/>.</summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>
{
    private const int MinimumSize = 256;

    private byte[] _buffer;
    private int _written;

    public PooledBufferWriter(int initialSize = MinimumSize)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialSize, MinimumSize));
    }

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _written += bytes.Length;
    }

    /// <summary>Forgets what was written (keeps the buffer).</summary>
    public void Clear() => _written = 0;

    /// <summary>Truncates to <paramref name="length"/> bytes (undoes a partially written entry).</summary>
    public void Truncate(int length) => _written = Math.Min(_written, length);

    /// <summary>Hands the buffer over; this writer must not be used afterwards.</summary>
    public RpcOutgoingMessage Detach(bool isResponse)
    {
        var message = new RpcOutgoingMessage(_buffer, _written, isResponse);
        _buffer = [];
        _written = 0;
        return message;
    }

    /// <summary>Returns the buffer to the pool unless it was detached.</summary>
    public void Release()
    {
        if (_buffer.Length != 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _written = 0;
    }

    private void Ensure(int sizeHint)
    {
        if (sizeHint < 1) sizeHint = 1;
        if (_buffer.Length - _written >= sizeHint) return;
        int size = Math.Max(_buffer.Length * 2, _written + sizeHint);
        byte[] larger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _written).CopyTo(larger);
        if (_buffer.Length != 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
