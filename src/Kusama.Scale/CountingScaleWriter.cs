namespace Kusama.Scale;

/// <summary>Counts the bytes an encoder would write and keeps none of them.</summary>
public ref struct CountingScaleWriter : IScaleWriter
{
    // Encoders write into GetSpan's result before Advance; the bytes are discarded, so one shared scratch buffer
    // serves every thread (concurrent writes into it are harmless because nothing reads it).
    private static byte[] s_scratch = new byte[256];

    private int _count;

    /// <summary>Bytes written so far.</summary>
    public readonly int Count => _count;

    public void WriteByte(byte value) => _count++;

    public void Write(scoped ReadOnlySpan<byte> bytes) => _count += bytes.Length;

    public readonly Span<byte> GetSpan(int sizeHint)
    {
        byte[] scratch = s_scratch;
        if (scratch.Length < sizeHint)
            s_scratch = scratch = new byte[Math.Max(sizeHint, scratch.Length * 2)];
        return scratch;
    }

    public void Advance(int count) => _count += count;
}
