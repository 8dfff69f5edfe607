using System.Buffers.Binary;
using System.Text;

namespace Kusama.Frame.Transactions;

/// <summary>
/// sp-inherents <c>InherentIdentifier</c> (<c>[u8; 8]</c>, e.g. <c>timstap0</c>, <c>babeslot</c>), held as the big-endian
/// u64 of its bytes so that ordering by value is the byte order Rust's BTreeMap keys use.
/// </summary>
public readonly record struct InherentIdentifier : IComparable<InherentIdentifier>
{
    public const int Length = 8;

    private readonly ulong _value;

    public InherentIdentifier(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new ArgumentException($"an inherent identifier takes {Length} bytes, got {bytes.Length}", nameof(bytes));
        _value = BinaryPrimitives.ReadUInt64BigEndian(bytes);
    }

    /// <summary>From the 8-character ASCII name the pallets use (<c>"timstap0"</c>).</summary>
    public static InherentIdentifier FromAscii(string name)
    {
        Span<byte> bytes = stackalloc byte[Length];
        if (name.Length != Length || Encoding.ASCII.GetBytes(name, bytes) != Length)
            throw new ArgumentException($"an inherent identifier is {Length} ASCII characters, got '{name}'", nameof(name));
        return new InherentIdentifier(bytes);
    }

    public void CopyTo(Span<byte> destination) => BinaryPrimitives.WriteUInt64BigEndian(destination, _value);

    public int CompareTo(InherentIdentifier other) => _value.CompareTo(other._value);

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        foreach (byte b in bytes)
        {
            if (b is < 0x20 or > 0x7e)
                return Convert.ToHexStringLower(bytes);
        }
        return Encoding.ASCII.GetString(bytes);
    }
}
