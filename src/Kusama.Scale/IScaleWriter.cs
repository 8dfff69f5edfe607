namespace Kusama.Scale;

/// <summary>A SCALE write backend (span, pooled buffer, counter, hasher); small so that a struct can implement it.</summary>
public interface IScaleWriter
{
    void WriteByte(byte value);

    void Write(scoped ReadOnlySpan<byte> bytes);

    /// <summary>A writable span of at least <paramref name="sizeHint"/> bytes; commit what was written with <see cref="Advance"/>.</summary>
    Span<byte> GetSpan(int sizeHint);

    /// <summary>Commits <paramref name="count"/> bytes written into the span from <see cref="GetSpan"/>.</summary>
    void Advance(int count);
}
