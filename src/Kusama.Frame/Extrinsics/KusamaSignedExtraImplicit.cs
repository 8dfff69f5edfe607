using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Extrinsics;

/// <summary>
/// The implicit ("additional signed") part of Kusama's transaction extensions, in their order: CheckSpecVersion u32,
/// CheckTxVersion u32, CheckGenesis H256, CheckMortality H256 (the era's birth block hash, the genesis hash when immortal),
/// CheckMetadataHash <c>Option&lt;[u8; 32]&gt;</c>. Signed, never sent.
/// </summary>
public readonly record struct KusamaSignedExtraImplicit(
    uint SpecVersion, uint TransactionVersion, Hash256 GenesisHash, Hash256 BirthBlockHash, Option<Hash256> MetadataHash)
    : IScaleCodec<KusamaSignedExtraImplicit>
{
    /// <summary>The longest encoding (metadata hash present); callers stackalloc this much.</summary>
    public const int MaxEncodedSize = 4 + 4 + 32 + 32 + 33;

    /// <summary>Writes the encoding into <paramref name="destination"/> and returns its length.</summary>
    public int Write(Span<byte> destination)
    {
        var writer = new SpanScaleWriter(destination);
        Encode(this, ref writer);
        return writer.Written;
    }

    public static KusamaSignedExtraImplicit Decode(ref ScaleReader reader) => new(
        reader.ReadUInt32(),
        reader.ReadUInt32(),
        Hash256Codec.Decode(ref reader),
        Hash256Codec.Decode(ref reader),
        OptionCodec<Hash256, Hash256Codec>.Decode(ref reader));

    public static void Encode<TWriter>(in KusamaSignedExtraImplicit value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt32(ref writer, value.SpecVersion);
        ScaleWriter.WriteUInt32(ref writer, value.TransactionVersion);
        Hash256Codec.Encode(value.GenesisHash, ref writer);
        Hash256Codec.Encode(value.BirthBlockHash, ref writer);
        OptionCodec<Hash256, Hash256Codec>.Encode(value.MetadataHash, ref writer);
    }

    public static int GetEncodedSize(in KusamaSignedExtraImplicit value) => value.MetadataHash.HasValue ? MaxEncodedSize : MaxEncodedSize - 32;

    public static int MinEncodedSize => MaxEncodedSize - 32;
}
