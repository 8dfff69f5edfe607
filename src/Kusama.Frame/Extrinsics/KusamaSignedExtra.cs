using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Extrinsics;

/// <summary>
/// The explicit part of Kusama's transaction extensions, in their order (CheckNonZeroSender, CheckSpecVersion,
/// CheckTxVersion, CheckGenesis, CheckMortality, CheckNonce, CheckWeight, ChargeTransactionPayment, CheckMetadataHash):
/// only CheckMortality (era), CheckNonce (<c>Compact&lt;u32&gt;</c>), ChargeTransactionPayment (<c>Compact&lt;u128&gt;</c> tip)
/// and CheckMetadataHash (mode) put bytes into the extrinsic.
/// </summary>
public readonly record struct KusamaSignedExtra(Era Era, uint Nonce, Balance Tip, MetadataHashMode Mode)
    : IScaleCodec<KusamaSignedExtra>, ITransactionExtensionFormat
{
    public static void Skip(ref ScaleReader reader) => Decode(ref reader);

    public static KusamaSignedExtra Decode(ref ScaleReader reader)
    {
        Era era = Era.Decode(ref reader);
        uint nonce = reader.ReadCompactU32();
        Balance tip = CompactBalanceCodec.Decode(ref reader);
        int modeAt = reader.Position;
        byte mode = reader.ReadByte();
        if (mode > (byte)MetadataHashMode.Enabled)
            ScaleReader.Throw($"unknown CheckMetadataHash mode {mode}", modeAt);
        return new KusamaSignedExtra(era, nonce, tip, (MetadataHashMode)mode);
    }

    public static void Encode<TWriter>(in KusamaSignedExtra value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Era.Encode(value.Era, ref writer);
        ScaleWriter.WriteCompact(ref writer, value.Nonce);
        CompactBalanceCodec.Encode(value.Tip, ref writer);
        writer.WriteByte((byte)value.Mode);
    }

    public static int GetEncodedSize(in KusamaSignedExtra value) =>
        Era.GetEncodedSize(value.Era) + ScaleWriter.CompactSize(value.Nonce) + CompactBalanceCodec.GetEncodedSize(value.Tip) + 1;

    public static int MinEncodedSize => 4;
}
