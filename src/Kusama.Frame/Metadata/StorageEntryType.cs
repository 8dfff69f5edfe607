using Kusama.Scale;
using Kusama.Frame.Storage;

namespace Kusama.Frame.Metadata;

/// <summary>frame-metadata's <c>StorageEntryType</c>: a single value, or a map with one hasher per key.</summary>
public abstract record StorageEntryType : IScaleCodec<StorageEntryType>
{
    private StorageEntryType() { }

    /// <summary>A <c>StorageValue</c>.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Plain(uint Value) : StorageEntryType { public const byte VariantIndex = 0; }

    /// <summary>A map; for a double or N-map the key is a tuple type with one hasher per element.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Map(IReadOnlyList<StorageHasher> Hashers, uint Key, uint Value) : StorageEntryType { public const byte VariantIndex = 1; }

    public static StorageEntryType Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case Plain.VariantIndex:
                return new Plain(reader.ReadCompactU32());
            case Map.VariantIndex:
                {
                    int count = reader.ReadCompactLength(MetadataLimits.MaxHashers, "StorageEntryType.Map.hashers");
                    var hashers = new StorageHasher[count];
                    for (int i = 0; i < hashers.Length; i++)
                    {
                        int at = reader.Position;
                        byte hasher = reader.ReadByte();
                        if (hasher > (byte)StorageHasher.Identity)
                            throw new ScaleDecodeException($"unknown StorageHasher tag {hasher}", at);
                        hashers[i] = (StorageHasher)hasher;
                    }
                    uint key = reader.ReadCompactU32();
                    return new Map(hashers, key, reader.ReadCompactU32());
                }
            default:
                throw new ScaleDecodeException($"unknown StorageEntryType variant index {index}", start);
        }
    }

    public static void Encode<TWriter>(in StorageEntryType value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Plain p:
                writer.WriteByte(Plain.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, p.Value);
                break;
            case Map m:
                writer.WriteByte(Map.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, (uint)m.Hashers.Count);
                for (int i = 0; i < m.Hashers.Count; i++)
                    writer.WriteByte((byte)m.Hashers[i]);
                ScaleWriter.WriteCompact(ref writer, m.Key);
                ScaleWriter.WriteCompact(ref writer, m.Value);
                break;
            default:
                throw new ArgumentException($"unknown StorageEntryType variant {value.GetType().Name}", nameof(value));
        }
    }

    public static int GetEncodedSize(in StorageEntryType value) => 1 + value switch
    {
        Plain p => ScaleWriter.CompactSize(p.Value),
        Map m => ScaleWriter.CompactSize((uint)m.Hashers.Count) + m.Hashers.Count + ScaleWriter.CompactSize(m.Key) + ScaleWriter.CompactSize(m.Value),
        _ => throw new ArgumentException($"unknown StorageEntryType variant {value.GetType().Name}", nameof(value)),
    };
}
