namespace Kusama.Scale;

/// <summary>Writes into a caller-provided span, typically sized exactly with <c>GetEncodedSize</c>; throws when it is too small.</summary>
public ref struct SpanScaleWriter : IScaleWriter
{
    private readonly Span<byte> _destination;
    private int _written;

    public SpanScaleWriter(Span<byte> destination)
    {
        _destination = destination;
        _written = 0;
    }

    public readonly int Written => _written;

    public readonly Span<byte> WrittenSpan => _destination[.._written];

    /// <summary>The part of the destination not yet written.</summary>
    public readonly int Remaining => _destination.Length - _written;

    public void WriteByte(byte value)
    {
        if (_written >= _destination.Length)
            ThrowTooSmall(1);
        _destination[_written++] = value;
    }

    public void Write(scoped ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _destination.Length - _written)
            ThrowTooSmall(bytes.Length);
        bytes.CopyTo(_destination[_written..]);
        _written += bytes.Length;
    }

    public readonly Span<byte> GetSpan(int sizeHint)
    {
        if (sizeHint > _destination.Length - _written)
            ThrowTooSmall(sizeHint);
        return _destination[_written..];
    }

    public void Advance(int count)
    {
        if ((uint)count > (uint)(_destination.Length - _written))
            throw new ArgumentOutOfRangeException(nameof(count), count, "advanced past the end of the destination");
        _written += count;
    }

    private readonly void ThrowTooSmall(int needed) =>
        throw new InvalidOperationException(
            $"SpanScaleWriter: the destination of {_destination.Length} bytes is too small ({_written} written, {needed} more needed)");
}
