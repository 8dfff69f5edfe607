using System.Buffers;

namespace Kusama.Frame.Storage;

/// <summary>Scratch bytes for a key or value: the caller's stack span when it fits, a pooled array otherwise.</summary>
internal ref struct StorageBuffer
{
    /// <summary>Stack bytes callers reserve; keys and most values fit.</summary>
    public const int StackLength = 256;

    private byte[]? _rented;

    public StorageBuffer(Span<byte> stack, int length)
    {
        if (length <= stack.Length)
        {
            Span = stack[..length];
        }
        else
        {
            _rented = ArrayPool<byte>.Shared.Rent(length);
            Span = _rented.AsSpan(0, length);
        }
    }

    public Span<byte> Span { get; }

    public void Dispose()
    {
        if (_rented is null) return;
        ArrayPool<byte>.Shared.Return(_rented);
        _rented = null;
    }
}
