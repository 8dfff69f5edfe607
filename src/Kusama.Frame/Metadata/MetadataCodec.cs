using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>The few shapes metadata repeats everywhere: bounded vectors, doc lists, optional strings and type ids.</summary>
internal static class MetadataCodec
{
    public static IReadOnlyList<T> ReadList<T>(ref ScaleReader reader, int maxLength, string what) where T : IScaleCodec<T>
    {
        int length = reader.ReadCompactLength(maxLength, what, Math.Max(1, T.MinEncodedSize));
        if (length == 0)
            return [];
        var items = new T[length];
        for (int i = 0; i < items.Length; i++)
            items[i] = T.Decode(ref reader);
        return items;
    }

    public static void WriteList<T, TWriter>(IReadOnlyList<T> items, ref TWriter writer)
        where T : IScaleCodec<T>
        where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)items.Count);
        for (int i = 0; i < items.Count; i++)
            T.Encode(items[i], ref writer);
    }

    public static int ListSize<T>(IReadOnlyList<T> items) where T : IScaleCodec<T>
    {
        int size = ScaleWriter.CompactSize((uint)items.Count);
        for (int i = 0; i < items.Count; i++)
            size += T.GetEncodedSize(items[i]);
        return size;
    }

    public static IReadOnlyList<string> ReadStrings(ref ScaleReader reader, int maxCount, int maxBytes, string what)
    {
        int length = reader.ReadCompactLength(maxCount, what);
        if (length == 0)
            return [];
        var items = new string[length];
        for (int i = 0; i < items.Length; i++)
            items[i] = reader.ReadString(maxBytes);
        return items;
    }

    public static IReadOnlyList<string> ReadDocs(ref ScaleReader reader) =>
        ReadStrings(ref reader, MetadataLimits.MaxDocLines, MetadataLimits.MaxTextBytes, "docs");

    public static void WriteStrings<TWriter>(IReadOnlyList<string> items, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)items.Count);
        for (int i = 0; i < items.Count; i++)
            ScaleWriter.WriteString(ref writer, items[i]);
    }

    public static int StringsSize(IReadOnlyList<string> items)
    {
        int size = ScaleWriter.CompactSize((uint)items.Count);
        for (int i = 0; i < items.Count; i++)
            size += ScaleWriter.StringSize(items[i]);
        return size;
    }

    public static string ReadName(ref ScaleReader reader) => reader.ReadString(MetadataLimits.MaxNameBytes);

    /// <summary>Reads an <c>Option</c> tag: false for None, true for Some; anything but 0 or 1 is an error.</summary>
    public static bool ReadOptionTag(ref ScaleReader reader, string what)
    {
        int start = reader.Position;
        byte tag = reader.ReadByte();
        if (tag > 1)
            throw new ScaleDecodeException($"invalid Option tag 0x{tag:x2} for {what} (must be 0 or 1)", start);
        return tag == 1;
    }

    public static string? ReadOptionalString(ref ScaleReader reader, int maxBytes, string what) =>
        ReadOptionTag(ref reader, what) ? reader.ReadString(maxBytes) : null;

    public static void WriteOptionalString<TWriter>(string? value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value is null)
        {
            writer.WriteByte(0);
            return;
        }
        writer.WriteByte(1);
        ScaleWriter.WriteString(ref writer, value);
    }

    public static int OptionalStringSize(string? value) => value is null ? 1 : 1 + ScaleWriter.StringSize(value);

    /// <summary><c>Option&lt;T&gt;</c> of a struct whose only field is a <c>Compact&lt;u32&gt;</c> type id (pallet calls, event, error; a type parameter).</summary>
    public static uint? ReadOptionalTypeId(ref ScaleReader reader, string what) =>
        ReadOptionTag(ref reader, what) ? reader.ReadCompactU32() : null;

    public static void WriteOptionalTypeId<TWriter>(uint? value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value is not uint id)
        {
            writer.WriteByte(0);
            return;
        }
        writer.WriteByte(1);
        ScaleWriter.WriteCompact(ref writer, id);
    }

    public static int OptionalTypeIdSize(uint? value) => value is uint id ? 1 + ScaleWriter.CompactSize(id) : 1;

    public static byte[] ReadValueBytes(ref ScaleReader reader) => reader.ReadLengthPrefixedBytes(MetadataLimits.MaxValueBytes).ToArray();

    public static int ValueBytesSize(byte[] value) => ScaleWriter.CompactSize((uint)value.Length) + value.Length;
}
