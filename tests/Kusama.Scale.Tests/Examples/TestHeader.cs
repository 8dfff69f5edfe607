using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests.Examples;

/// <summary>A header-shaped struct (sp-runtime <c>generic::Header</c>): fields concatenated in declaration order.</summary>
public sealed record TestHeader(Hash256 ParentHash, uint Number, Hash256 StateRoot, Hash256 ExtrinsicsRoot, DigestItem[] Digest)
    : IScaleCodec<TestHeader>
{
    public static TestHeader Decode(ref ScaleReader reader)
    {
        Hash256 parent = Hash256Codec.Decode(ref reader);
        uint number = reader.ReadCompactU32();
        Hash256 state = Hash256Codec.Decode(ref reader);
        Hash256 extrinsics = Hash256Codec.Decode(ref reader);
        return new TestHeader(parent, number, state, extrinsics, VecCodec<DigestItem, DigestItem>.Decode(ref reader));
    }

    public static void Encode<TWriter>(in TestHeader value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Hash256Codec.Encode(value.ParentHash, ref writer);
        ScaleWriter.WriteCompact(ref writer, value.Number);
        Hash256Codec.Encode(value.StateRoot, ref writer);
        Hash256Codec.Encode(value.ExtrinsicsRoot, ref writer);
        VecCodec<DigestItem, DigestItem>.Encode(value.Digest, ref writer);
    }

    public static int GetEncodedSize(in TestHeader value) =>
        3 * Hash256.Length + ScaleWriter.CompactSize(value.Number) + VecCodec<DigestItem, DigestItem>.GetEncodedSize(value.Digest);

    public static int MinEncodedSize => 3 * Hash256.Length + 2;
}
