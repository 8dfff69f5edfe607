using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Frame.Extrinsics;

/// <summary>Building extrinsics (block builder, tests, benchmarks): the body is sized first so the length prefix is written once.</summary>
public readonly ref partial struct UncheckedExtrinsic
{
    private const byte SignedV4 = Version4 | (byte)ExtrinsicType.Signed;
    private const byte GeneralV5 = Version5 | (byte)ExtrinsicType.General;

    /// <summary>A signed v4 extrinsic (0x84): address, signature, explicit extension bytes, call.</summary>
    public static byte[] EncodeSigned(MultiAddress address, in MultiSignature signature, ReadOnlySpan<byte> extensions, ReadOnlySpan<byte> call)
    {
        int body = 1 + MultiAddress.GetEncodedSize(address) + MultiSignature.GetEncodedSize(signature) + extensions.Length + call.Length;
        byte[] bytes = new byte[ScaleWriter.CompactSize((uint)body) + body];
        var writer = new SpanScaleWriter(bytes);
        ScaleWriter.WriteCompact(ref writer, (uint)body);
        writer.WriteByte(SignedV4);
        MultiAddress.Encode(address, ref writer);
        MultiSignature.Encode(signature, ref writer);
        writer.Write(extensions);
        writer.Write(call);
        return bytes;
    }

    /// <summary>A bare extrinsic (inherent or unsigned transaction) of <paramref name="version"/> 4 (0x04) or 5 (0x05).</summary>
    public static byte[] EncodeBare(ReadOnlySpan<byte> call, byte version = Version4)
    {
        if (version is not (Version4 or Version5))
            throw new ArgumentOutOfRangeException(nameof(version), version, "bare extrinsics exist in versions 4 and 5");
        int body = 1 + call.Length;
        byte[] bytes = new byte[ScaleWriter.CompactSize((uint)body) + body];
        var writer = new SpanScaleWriter(bytes);
        ScaleWriter.WriteCompact(ref writer, (uint)body);
        writer.WriteByte(version);
        writer.Write(call);
        return bytes;
    }

    /// <summary>A v5 general extrinsic (0x45): extension version, extension bytes, call.</summary>
    public static byte[] EncodeGeneral(byte extensionVersion, ReadOnlySpan<byte> extensions, ReadOnlySpan<byte> call)
    {
        int body = 2 + extensions.Length + call.Length;
        byte[] bytes = new byte[ScaleWriter.CompactSize((uint)body) + body];
        var writer = new SpanScaleWriter(bytes);
        ScaleWriter.WriteCompact(ref writer, (uint)body);
        writer.WriteByte(GeneralV5);
        writer.WriteByte(extensionVersion);
        writer.Write(extensions);
        writer.Write(call);
        return bytes;
    }
}
