using Kusama.Frame.Primitives;
using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Benchmarks.Scale;

/// <summary>An extrinsic-shaped struct (~140 bytes): signer address, sr25519 signature, compact nonce and tip, call bytes.</summary>
public sealed class BenchExtrinsic : IScaleCodec<BenchExtrinsic>
{
    public const int SignatureLength = 64;

    /// <summary>Largest call accepted, as a named bound: Kusama's 5 MiB block length caps any single call.</summary>
    public const int MaxCallLength = 5 * 1024 * 1024;

    public required MultiAddress Signer { get; init; }

    public required byte[] Signature { get; init; }

    public required uint Nonce { get; init; }

    public required Balance Tip { get; init; }

    public required byte[] Call { get; init; }

    public static BenchExtrinsic Decode(ref ScaleReader reader)
    {
        MultiAddress signer = MultiAddress.Decode(ref reader);
        byte[] signature = reader.ReadBytes(SignatureLength).ToArray();
        uint nonce = reader.ReadCompactU32();
        Balance tip = new(reader.ReadCompactU128());
        byte[] call = reader.ReadLengthPrefixedBytes(MaxCallLength).ToArray();
        return new BenchExtrinsic { Signer = signer, Signature = signature, Nonce = nonce, Tip = tip, Call = call };
    }

    public static void Encode<TWriter>(in BenchExtrinsic value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        MultiAddress.Encode(value.Signer, ref writer);
        writer.Write(value.Signature);
        ScaleWriter.WriteCompact(ref writer, value.Nonce);
        ScaleWriter.WriteCompact(ref writer, value.Tip.Value);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, value.Call);
    }

    public static int GetEncodedSize(in BenchExtrinsic value) =>
        MultiAddress.GetEncodedSize(value.Signer) + SignatureLength + ScaleWriter.CompactSize(value.Nonce)
        + ScaleWriter.CompactSize(value.Tip.Value) + BytesCodec.GetEncodedSize(value.Call);
}
