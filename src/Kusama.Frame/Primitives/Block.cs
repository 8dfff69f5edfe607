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
        return new Block(header, extrinsics);
    }

    public static void Encode<TWriter>(in Block value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Header.Encode(value.Header, ref writer);
        ScaleWriter.WriteCompact(ref writer, (uint)value.Extrinsics.Length);
        foreach (byte[] extrinsic in value.Extrinsics)
            writer.Write(extrinsic);
    }

    public static int GetEncodedSize(in Block value)
    {
        int size = Header.GetEncodedSize(value.Header) + ScaleWriter.CompactSize((uint)value.Extrinsics.Length);
        foreach (byte[] extrinsic in value.Extrinsics)
            size += extrinsic.Length;
        return size;
    }

    public static int MinEncodedSize => Header.MinEncodedSize + 1;
}
