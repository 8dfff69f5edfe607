using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' <c>ReserveData</c>: a named reserve of <c>amount</c> under an 8-byte id (Kusama's <c>ReserveIdentifier = [u8; 8]</c>).</summary>
/// <remarks>The id is held as the 8 bytes read little-endian; <see cref="CompareIds"/> restores Rust's byte-wise order for the sorted list.</remarks>
public readonly record struct ReserveData(ulong Id, Balance Amount) : IScaleCodec<ReserveData>
{
    public const int EncodedSize = 8 + 16;

    public static int MinEncodedSize => EncodedSize;

    /// <summary>Orders ids as <c>[u8; 8]</c> compares (lexicographically), which is big-endian order of the bytes.</summary>
    public static int CompareIds(ulong a, ulong b) =>
        global::System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(a).CompareTo(global::System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(b));

    public static ReserveData Decode(ref ScaleReader reader)
    {
        ulong id = reader.ReadUInt64();
        return new ReserveData(id, new Balance(reader.ReadUInt128()));
    }

    public static void Encode<TWriter>(in ReserveData value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt64(ref writer, value.Id);
        ScaleWriter.WriteUInt128(ref writer, value.Amount.Value);
    }

    public static int GetEncodedSize(in ReserveData value) => EncodedSize;
}
