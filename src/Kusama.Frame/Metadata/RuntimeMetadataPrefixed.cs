using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>What <c>state_getMetadata</c> returns: the magic <c>"meta"</c>, a version byte, then that version's metadata.</summary>
public sealed record RuntimeMetadataPrefixed(RuntimeMetadata Metadata) : IScaleCodec<RuntimeMetadataPrefixed>
{
    /// <summary><c>"meta"</c> as a little-endian <c>u32</c> (bytes <c>6d 65 74 61</c>).</summary>
    public const uint Magic = 0x6174656d;

    public static int MinEncodedSize => 5;

    /// <summary>Decodes a whole metadata blob; trailing bytes are an error.</summary>
    /// <exception cref="ScaleDecodeException">The bytes are not V14 or V15 metadata.</exception>
    public static RuntimeMetadataPrefixed Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var value = Decode(ref reader);
        reader.EnsureEnd();
        return value;
    }

    /// <summary>Encodes into a new array of exactly the right size.</summary>
    public byte[] Encode() => ScaleCodec.Encode(this);

    public static RuntimeMetadataPrefixed Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        uint magic = reader.ReadUInt32();
        if (magic != Magic)
            throw new ScaleDecodeException($"metadata magic is 0x{magic:x8}, expected 0x{Magic:x8} (\"meta\")", start);
        int at = reader.Position;
        byte version = reader.ReadByte();
        return version switch
        {
            RuntimeMetadataV14.VersionNumber => new RuntimeMetadataPrefixed(RuntimeMetadataV14.Decode(ref reader)),
            RuntimeMetadataV15.VersionNumber => new RuntimeMetadataPrefixed(RuntimeMetadataV15.Decode(ref reader)),
            _ => throw new ScaleDecodeException($"unsupported metadata version {version} (only 14 and 15 are supported)", at),
        };
    }

    public static void Encode<TWriter>(in RuntimeMetadataPrefixed value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt32(ref writer, Magic);
        writer.WriteByte(value.Metadata.Version);
        switch (value.Metadata)
        {
            case RuntimeMetadataV14 v14:
                RuntimeMetadataV14.Encode(v14, ref writer);
                break;
            case RuntimeMetadataV15 v15:
                RuntimeMetadataV15.Encode(v15, ref writer);
                break;
            default:
                throw new ArgumentException($"unknown metadata version {value.Metadata.GetType().Name}", nameof(value));
        }
    }

    public static int GetEncodedSize(in RuntimeMetadataPrefixed value) => 5 + value.Metadata switch
    {
        RuntimeMetadataV14 v14 => RuntimeMetadataV14.GetEncodedSize(v14),
        RuntimeMetadataV15 v15 => RuntimeMetadataV15.GetEncodedSize(v15),
        _ => throw new ArgumentException($"unknown metadata version {value.Metadata.GetType().Name}", nameof(value)),
    };
}
