using System.Buffers.Binary;
using System.IO.Hashing;

namespace Kusama.Crypto.Hashing;

/// <summary>Substrate's <c>twox_64/128/256</c>: xxHash64 with seeds 0, 1, 2, 3, each written little-endian.</summary>
/// <remarks><c>XxHash64.Hash()</c> writes big-endian; Substrate uses <c>to_le_bytes()</c>, hence <c>HashToUInt64</c>.</remarks>
public static class Twox
{
    /// <summary><c>twox_64</c>: 8 bytes.</summary>
    public static void Hash64(ReadOnlySpan<byte> data, Span<byte> output) =>
        BinaryPrimitives.WriteUInt64LittleEndian(output, XxHash64.HashToUInt64(data, 0));

    /// <summary><c>twox_128</c>: 16 bytes, the hasher of pallet and storage item prefixes.</summary>
    public static void Hash128(ReadOnlySpan<byte> data, Span<byte> output)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(output[8..16], XxHash64.HashToUInt64(data, 1));
        BinaryPrimitives.WriteUInt64LittleEndian(output, XxHash64.HashToUInt64(data, 0));
    }

    /// <summary><c>twox_256</c>: 32 bytes.</summary>
    public static void Hash256(ReadOnlySpan<byte> data, Span<byte> output)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(output[24..32], XxHash64.HashToUInt64(data, 3));
        BinaryPrimitives.WriteUInt64LittleEndian(output[16..], XxHash64.HashToUInt64(data, 2));
        BinaryPrimitives.WriteUInt64LittleEndian(output[8..], XxHash64.HashToUInt64(data, 1));
        BinaryPrimitives.WriteUInt64LittleEndian(output, XxHash64.HashToUInt64(data, 0));
    }
}
