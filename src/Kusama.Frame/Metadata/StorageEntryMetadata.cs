using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>One storage item: name, modifier, value or map shape, the SCALE bytes of its default, and docs.</summary>
public sealed record StorageEntryMetadata(
    string Name,
    StorageEntryModifier Modifier,
    StorageEntryType Type,
    byte[] Default,
    IReadOnlyList<string> Docs) : IScaleCodec<StorageEntryMetadata>
{
    public static int MinEncodedSize => 6;

    public static StorageEntryMetadata Decode(ref ScaleReader reader)
    {
        string name = MetadataCodec.ReadName(ref reader);
        int at = reader.Position;
        byte modifier = reader.ReadByte();
        if (modifier > (byte)StorageEntryModifier.Default)
            throw new ScaleDecodeException($"unknown StorageEntryModifier tag {modifier}", at);
        var type = StorageEntryType.Decode(ref reader);
        byte[] fallback = MetadataCodec.ReadValueBytes(ref reader);
        return new StorageEntryMetadata(name, (StorageEntryModifier)modifier, type, fallback, MetadataCodec.ReadDocs(ref reader));
    }

    public static void Encode<TWriter>(in StorageEntryMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Name);
        writer.WriteByte((byte)value.Modifier);
        StorageEntryType.Encode(value.Type, ref writer);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, value.Default);
        MetadataCodec.WriteStrings(value.Docs, ref writer);
    }

    public static int GetEncodedSize(in StorageEntryMetadata value) =>
        ScaleWriter.StringSize(value.Name)
        + 1
        + StorageEntryType.GetEncodedSize(value.Type)
        + MetadataCodec.ValueBytesSize(value.Default)
        + MetadataCodec.StringsSize(value.Docs);
}
