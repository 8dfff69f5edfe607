using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Benchmarks.Scale;

/// <summary>A block-header-shaped type (parent hash, compact number, state root, extrinsics root, digest) until the real Header lands.</summary>
public sealed class BenchHeader : IScaleCodec<BenchHeader>
{
    public required Hash256 ParentHash { get; init; }

    public required uint Number { get; init; }

    public required Hash256 StateRoot { get; init; }

    public required Hash256 ExtrinsicsRoot { get; init; }

    public required BenchDigestItem[] Digest { get; init; }

    public static BenchHeader Decode(ref ScaleReader reader) => new()
    {
        ParentHash = Hash256Codec.Decode(ref reader),
        Number = reader.ReadCompactU32(),
        StateRoot = Hash256Codec.Decode(ref reader),
        ExtrinsicsRoot = Hash256Codec.Decode(ref reader),
        Digest = VecCodec<BenchDigestItem, BenchDigestItem>.Decode(ref reader),
    };

    public static void Encode<TWriter>(in BenchHeader value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        writer.Write(value.ParentHash.Bytes);
        ScaleWriter.WriteCompact(ref writer, value.Number);
        writer.Write(value.StateRoot.Bytes);
        writer.Write(value.ExtrinsicsRoot.Bytes);
        VecCodec<BenchDigestItem, BenchDigestItem>.Encode(value.Digest, ref writer);
    }

    public static int GetEncodedSize(in BenchHeader value) =>
        3 * Hash256.Length + ScaleWriter.CompactSize(value.Number) + VecCodec<BenchDigestItem, BenchDigestItem>.GetEncodedSize(value.Digest);

    public static int MinEncodedSize => 3 * Hash256.Length + 2;
}
