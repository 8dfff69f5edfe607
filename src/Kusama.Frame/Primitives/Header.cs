using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Primitives;

/// <summary>A block header (sp-runtime <c>generic::Header&lt;u32, BlakeTwo256&gt;</c>): fields concatenated, the number compact.</summary>
public sealed record Header(Hash256 ParentHash, uint Number, Hash256 StateRoot, Hash256 ExtrinsicsRoot, DigestItem[] Digest)
    : IScaleCodec<Header>
{
    /// <summary>The block hash: <c>blake2_256</c> of the encoded header, seal included.</summary>
    public Hash256 Hash()
    {
        var writer = new Blake2bScaleWriter();
        Encode(this, ref writer);
        return writer.FinishHash256();
    }

    public static Header Decode(ref ScaleReader reader)
    {
        Hash256 parent = Hash256Codec.Decode(ref reader);
        uint number = reader.ReadCompactU32();
        Hash256 state = Hash256Codec.Decode(ref reader);
        Hash256 extrinsics = Hash256Codec.Decode(ref reader);
        return new Header(parent, number, state, extrinsics, VecCodec<DigestItem, DigestItem>.Decode(ref reader));
    }

    public static void Encode<TWriter>(in Header value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Hash256Codec.Encode(value.ParentHash, ref writer);
        ScaleWriter.WriteCompact(ref writer, value.Number);
        Hash256Codec.Encode(value.StateRoot, ref writer);
        Hash256Codec.Encode(value.ExtrinsicsRoot, ref writer);
        VecCodec<DigestItem, DigestItem>.Encode(value.Digest, ref writer);
    }

    public static int GetEncodedSize(in Header value) =>
        3 * Hash256.Length + ScaleWriter.CompactSize(value.Number) + VecCodec<DigestItem, DigestItem>.GetEncodedSize(value.Digest);

    public static int MinEncodedSize => 3 * Hash256.Length + 2;
}
