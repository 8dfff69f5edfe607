using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Primitives;

/// <summary>
/// sp-runtime <c>generic::Block</c> with opaque extrinsics: the header, then a compact count and each extrinsic's full
/// encoding. Each extrinsic is kept as those bytes, compact length prefix included (what the extrinsics root and the
/// transaction hash cover, and what <c>chain_getBlock</c> returns).
/// </summary>
public sealed record Block(Header Header, byte[][] Extrinsics) : IScaleCodec<Block>
{
    /// <summary>The block hash (the header's).</summary>
    public Hash256 Hash() => Header.Hash();

    public static Block Decode(ref ScaleReader reader)
    {
        Header header = Header.Decode(ref reader);
        return new Block(header, ReadExtrinsics(ref reader));
    }

    /// <summary>
    /// Reads a <c>Vec&lt;OpaqueExtrinsic&gt;</c> (a block body, <c>BlockBuilder_inherent_extrinsics</c>' output): a compact
    /// count, then each extrinsic kept whole, its own compact length prefix included.
    /// </summary>
    public static byte[][] ReadExtrinsics(ref ScaleReader reader)
    {
        // An opaque extrinsic takes at least its one-byte length prefix.
        int count = reader.ReadCompactLength(ScaleLimits.UnboundedLength, "block extrinsics");
        var extrinsics = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> rest = reader.RemainingSpan;
            int start = reader.Position;
            int length = reader.ReadCompactLength(ScaleLimits.UnboundedLength, "extrinsic");
            reader.Skip(length);
            extrinsics[i] = rest[..(reader.Position - start)].ToArray();
        }
        return extrinsics;
    }

    /// <summary>Writes <paramref name="extrinsics"/> (each with its length prefix) as a <c>Vec&lt;OpaqueExtrinsic&gt;</c>.</summary>
    public static void WriteExtrinsics<TWriter>(byte[][] extrinsics, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)extrinsics.Length);
        foreach (byte[] extrinsic in extrinsics)
            writer.Write(extrinsic);
    }

    /// <summary>The encoded size of <see cref="WriteExtrinsics"/>' output.</summary>
    public static int ExtrinsicsSize(byte[][] extrinsics)
    {
        int size = ScaleWriter.CompactSize((uint)extrinsics.Length);
        foreach (byte[] extrinsic in extrinsics)
            size += extrinsic.Length;
        return size;
    }

    /// <summary><paramref name="extrinsics"/> encoded as a <c>Vec&lt;OpaqueExtrinsic&gt;</c>.</summary>
    public static byte[] EncodeExtrinsics(byte[][] extrinsics)
    {
        var bytes = new byte[ExtrinsicsSize(extrinsics)];
        var writer = new SpanScaleWriter(bytes);
        WriteExtrinsics(extrinsics, ref writer);
        return bytes;
    }

    public static void Encode<TWriter>(in Block value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Header.Encode(value.Header, ref writer);
        WriteExtrinsics(value.Extrinsics, ref writer);
    }

    public static int GetEncodedSize(in Block value) => Header.GetEncodedSize(value.Header) + ExtrinsicsSize(value.Extrinsics);

    public static int MinEncodedSize => Header.MinEncodedSize + 1;
}
