using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Timestamp;

/// <summary>
/// sp-inherents' <c>InherentData</c>: a map from 8-byte inherent identifiers to SCALE-encoded values, encoded as a
/// <c>BTreeMap&lt;[u8; 8], Vec&lt;u8&gt;&gt;</c> (entries in key order).
/// </summary>
/// <remarks>A minimal stand-in until the shared one lands in Kusama.Frame; it keeps the same encoding.</remarks>
public sealed class InherentData : IScaleCodec<InherentData>
{
    /// <summary>The length of an inherent identifier.</summary>
    public const int IdentifierLength = 8;

    // Big-endian keys sort like the byte strings, which is BTreeMap's order.
    private readonly SortedDictionary<ulong, byte[]> _data = [];

    /// <summary>Number of entries.</summary>
    public int Count => _data.Count;

    /// <summary>Stores <paramref name="value"/> (already SCALE-encoded) under <paramref name="identifier"/>, replacing any previous value.</summary>
    public void Put(ReadOnlySpan<byte> identifier, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _data[Key(identifier)] = value;
    }

    /// <summary>The encoded value under <paramref name="identifier"/>, if any.</summary>
    public bool TryGet(ReadOnlySpan<byte> identifier, out byte[] value)
    {
        bool found = _data.TryGetValue(Key(identifier), out byte[]? stored);
        value = stored ?? [];
        return found;
    }

    public static InherentData Decode(ref ScaleReader reader)
    {
        int count = reader.ReadCompactLength(int.MaxValue, "inherent data", IdentifierLength + 1);
        var result = new InherentData();
        for (int i = 0; i < count; i++)
        {
            int at = reader.Position;
            ulong key = global::System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(reader.ReadBytes(IdentifierLength));
            if (!result._data.TryAdd(key, reader.ReadLengthPrefixedBytes(int.MaxValue).ToArray()))
                ScaleReader.Throw("Duplicate inherent identifier in InherentData.", at);
        }
        return result;
    }

    public static void Encode<TWriter>(in InherentData value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)value._data.Count);
        Span<byte> id = stackalloc byte[IdentifierLength];
        foreach ((ulong key, byte[] data) in value._data)
        {
            global::System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(id, key);
            ScaleWriter.WriteBytes(ref writer, id);
            ScaleWriter.WriteLengthPrefixedBytes(ref writer, data);
        }
    }

    public static int GetEncodedSize(in InherentData value)
    {
        int size = ScaleWriter.CompactSize((uint)value._data.Count);
        foreach (byte[] data in value._data.Values) size += IdentifierLength + ScaleWriter.CompactSize((uint)data.Length) + data.Length;
        return size;
    }

    private static ulong Key(ReadOnlySpan<byte> identifier)
    {
        if (identifier.Length != IdentifierLength)
            throw new ArgumentException($"An inherent identifier is {IdentifierLength} bytes.", nameof(identifier));
        return global::System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(identifier);
    }
}
