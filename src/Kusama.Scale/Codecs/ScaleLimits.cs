namespace Kusama.Scale.Codecs;

/// <summary>Named decoding limits used when a type declares no bound of its own.</summary>
public static class ScaleLimits
{
    /// <summary>
    /// The limit on an unbounded <c>Vec</c>, <c>String</c> or map length. Rust decodes these without a bound, so ours
    /// is the largest <see cref="int"/>; the real guard is that every item needs at least one byte (or its codec's
    /// <c>MinEncodedSize</c>) of what remains, so a length prefix can never allocate more items than the input has bytes.
    /// </summary>
    public const int UnboundedLength = int.MaxValue;

    /// <summary>
    /// parity-scale-codec's <c>ARCH32BIT_BITSLICE_MAX_BITS</c>: a <c>BitVec</c> holds at most 2^29 - 1 bits
    /// (so its byte count, 2^26, also fits a 32-bit address space).
    /// </summary>
    public const int MaxBitVecBits = 0x1fff_ffff;
}
