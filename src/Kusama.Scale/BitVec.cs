using Kusama.Scale.Codecs;

namespace Kusama.Scale;

/// <summary>
/// A bit sequence as <c>BitVec&lt;u8, Lsb0&gt;</c> encodes it: bit <c>i</c> is bit <c>i % 8</c> (least significant first)
/// of byte <c>i / 8</c>. Encoded as <c>Compact&lt;u32&gt;</c> bit count then ceil(bits / 8) bytes.
/// </summary>
/// <remarks>
/// Unused bits of the last byte are kept exactly as decoded (Rust ignores them but re-encodes them unchanged), so
/// decoding and re-encoding reproduces the input byte for byte, which signed payloads such as availability bitfields need.
/// </remarks>
public sealed class BitVec : IScaleCodec<BitVec>, IEquatable<BitVec>
{
    private readonly byte[] _bytes;

    /// <summary>A sequence of <paramref name="length"/> zero bits.</summary>
    public BitVec(int length)
    {
        if ((uint)length > ScaleLimits.MaxBitVecBits)
            throw new ArgumentOutOfRangeException(nameof(length), length, $"a BitVec holds 0..{ScaleLimits.MaxBitVecBits} bits");
        Length = length;
        _bytes = new byte[(length + 7) / 8];
    }

    private BitVec(int length, byte[] bytes)
    {
        Length = length;
        _bytes = bytes;
    }

    /// <summary>The number of bits.</summary>
    public int Length { get; }

    /// <summary>The backing bytes, in Lsb0 order, as they are encoded.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    public bool this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(index), index, $"bit index outside 0..{Length - 1}");
            return (_bytes[index >> 3] & (1 << (index & 7))) != 0;
        }
        set
        {
            if ((uint)index >= (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(index), index, $"bit index outside 0..{Length - 1}");
            if (value)
                _bytes[index >> 3] |= (byte)(1 << (index & 7));
            else
                _bytes[index >> 3] &= (byte)~(1 << (index & 7));
        }
    }

    public static BitVec FromBools(ReadOnlySpan<bool> bits)
    {
        var vec = new BitVec(bits.Length);
        for (int i = 0; i < bits.Length; i++)
            if (bits[i])
                vec._bytes[i >> 3] |= (byte)(1 << (i & 7));
        return vec;
    }

    /// <summary>The number of set bits among the first <see cref="Length"/>.</summary>
    public int CountOnes()
    {
        int count = 0;
        for (int i = 0; i < Length; i++)
            if ((_bytes[i >> 3] & (1 << (i & 7))) != 0)
                count++;
        return count;
    }

    public static BitVec Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        uint bits = reader.ReadCompactU32();
        if (bits > ScaleLimits.MaxBitVecBits)
            throw new ScaleDecodeException($"BitVec of {bits} bits exceeds the limit of {ScaleLimits.MaxBitVecBits}", start);
        int byteCount = (int)((bits + 7) / 8);
        if (byteCount > reader.Remaining)
            throw new ScaleDecodeException($"BitVec of {bits} bits needs {byteCount} bytes but only {reader.Remaining} remain", start);
        return new BitVec((int)bits, reader.ReadBytes(byteCount).ToArray());
    }

    public static void Encode<TWriter>(in BitVec value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)value.Length);
        writer.Write(value._bytes);
    }

    public static int GetEncodedSize(in BitVec value) => ScaleWriter.CompactSize((uint)value.Length) + value._bytes.Length;

    public bool Equals(BitVec? other) =>
        other is not null && Length == other.Length && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => obj is BitVec other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Length, _bytes.Length > 0 ? _bytes[0] : 0);

    /// <summary>The bits as 0/1 characters, first bit first.</summary>
    public override string ToString()
    {
        var chars = new char[Length];
        for (int i = 0; i < Length; i++)
            chars[i] = (_bytes[i >> 3] & (1 << (i & 7))) != 0 ? '1' : '0';
        return new string(chars);
    }
}
