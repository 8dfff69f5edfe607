using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Benchmarks.Scale;

/// <summary>A digest item with an engine id and a payload (PreRuntime = 6, Seal = 5), as a value type for the header benchmark.</summary>
public readonly record struct BenchDigestItem(byte Tag, uint EngineId, byte[] Data) : IScaleCodec<BenchDigestItem>
{
    public const byte PreRuntime = 6;
    public const byte Seal = 5;

    /// <summary>'BABE' read as a little-endian u32 (the bytes 42 41 42 45).</summary>
    public const uint Babe = 0x45424142;

    public static BenchDigestItem Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte tag = reader.ReadByte();
        if (tag != PreRuntime && tag != Seal)
            throw new ScaleDecodeException($"unsupported digest item tag {tag}", start);
        uint engine = reader.ReadUInt32();
        return new BenchDigestItem(tag, engine, BytesCodec.Decode(ref reader));
    }

    public static void Encode<TWriter>(in BenchDigestItem value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        writer.WriteByte(value.Tag);
        ScaleWriter.WriteUInt32(ref writer, value.EngineId);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, value.Data);
    }

    public static int GetEncodedSize(in BenchDigestItem value) => 5 + BytesCodec.GetEncodedSize(value.Data);

    public static int MinEncodedSize => 6;
}
