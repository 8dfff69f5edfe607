using System.Buffers;

namespace Kusama.Scale;

/// <summary>
/// A growable buffer rented from <see cref="ArrayPool{T}.Shared"/>, for encodings whose size is not computed first.
/// Dispose it to return the buffer. It is a ref struct so that generic encoders specialise for it; because a
/// <c>using</c> variable cannot be passed by <c>ref</c>, dispose it in a <c>finally</c> block.
/// </summary>
public ref struct PooledScaleWriter : IScaleWriter, IDisposable
{
    private const int DefaultCapacity = 256;

    private byte[]? _buffer;
    private int _written;

    public PooledScaleWriter(int initialCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));
        _written = 0;
    }

    public readonly int Written => _written;

    public readonly ReadOnlySpan<byte> WrittenSpan => _buffer is null ? default : _buffer.AsSpan(0, _written);

    public readonly byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Forgets what was written but keeps the buffer.</summary>
    public void Clear() => _written = 0;

    public void WriteByte(byte value)
    {
        if (_buffer is null || _written >= _buffer.Length)
            Grow(1);
        _buffer![_written++] = value;
    }

    public void Write(scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _written += bytes.Length;
    }

    public Span<byte> GetSpan(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        if (_buffer is null || sizeHint > _buffer.Length - _written)
            Grow(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Advance(int count)
    {
        if (_buffer is null || (uint)count > (uint)(_buffer.Length - _written))
            throw new ArgumentOutOfRangeException(nameof(count), count, "advanced past the end of the rented buffer");
        _written += count;
    }

    public void Dispose()
    {
        byte[]? buffer = _buffer;
        _buffer = null;
        _written = 0;
        if (buffer is not null)
            ArrayPool<byte>.Shared.Return(buffer);
    }

    private void Grow(int sizeHint)
    {
        int current = _buffer?.Length ?? 0;
        long needed = (long)_written + Math.Max(sizeHint, 1);
        long target = Math.Max(needed, Math.Max(current * 2L, DefaultCapacity));
        if (target > Array.MaxLength)
        {
            if (needed > Array.MaxLength)
                throw new InvalidOperationException($"PooledScaleWriter cannot grow beyond {Array.MaxLength} bytes");
            target = Array.MaxLength;
        }
        byte[] next = ArrayPool<byte>.Shared.Rent((int)target);
        if (_buffer is not null)
        {
            _buffer.AsSpan(0, _written).CopyTo(next);
            ArrayPool<byte>.Shared.Return(_buffer);
        }
        _buffer = next;
    }
}
