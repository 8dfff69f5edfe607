using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>scale-info's <c>TypeDef</c>: the shape of a type, one of eight variants tagged by a byte.</summary>
public abstract record TypeDef : IScaleCodec<TypeDef>
{
    private TypeDef() { }

    /// <summary>A struct: named fields, or unnamed ones for a tuple struct.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Composite(IReadOnlyList<Field> Fields) : TypeDef { public const byte VariantIndex = 0; }

    /// <summary>An enum.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Variant(IReadOnlyList<Metadata.Variant> Variants) : TypeDef { public const byte VariantIndex = 1; }

    /// <summary><c>Vec&lt;T&gt;</c> and anything encoded like it.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Sequence(uint Type) : TypeDef { public const byte VariantIndex = 2; }

    /// <summary><c>[T; N]</c>.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Array(uint Length, uint Type) : TypeDef { public const byte VariantIndex = 3; }

    /// <summary>A tuple; the empty tuple is <c>()</c>.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Tuple(IReadOnlyList<uint> Types) : TypeDef { public const byte VariantIndex = 4; }

    /// <summary>A primitive.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Primitive(TypeDefPrimitive Kind) : TypeDef { public const byte VariantIndex = 5; }

    /// <summary><c>Compact&lt;T&gt;</c>.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record Compact(uint Type) : TypeDef { public const byte VariantIndex = 6; }

    /// <summary><c>BitVec&lt;Store, Order&gt;</c>.</summary>
    [ScaleIndex(VariantIndex)]
    public sealed record BitSequence(uint BitStoreType, uint BitOrderType) : TypeDef { public const byte VariantIndex = 7; }

    public static TypeDef Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case Composite.VariantIndex:
                return new Composite(MetadataCodec.ReadList<Field>(ref reader, MetadataLimits.MaxFields, "TypeDefComposite.fields"));
            case Variant.VariantIndex:
                return new Variant(MetadataCodec.ReadList<Metadata.Variant>(ref reader, MetadataLimits.MaxVariants, "TypeDefVariant.variants"));
            case Sequence.VariantIndex:
                return new Sequence(reader.ReadCompactU32());
            case Array.VariantIndex:
                {
                    uint length = reader.ReadUInt32();
                    return new Array(length, reader.ReadCompactU32());
                }
            case Tuple.VariantIndex:
                {
                    int count = reader.ReadCompactLength(MetadataLimits.MaxFields, "TypeDefTuple.fields");
                    var types = new uint[count];
                    for (int i = 0; i < types.Length; i++)
                        types[i] = reader.ReadCompactU32();
                    return new Tuple(types);
                }
            case Primitive.VariantIndex:
                {
                    int at = reader.Position;
                    byte kind = reader.ReadByte();
                    if (kind > (byte)TypeDefPrimitive.I256)
                        throw new ScaleDecodeException($"unknown TypeDefPrimitive tag {kind}", at);
                    return new Primitive((TypeDefPrimitive)kind);
                }
            case Compact.VariantIndex:
                return new Compact(reader.ReadCompactU32());
            case BitSequence.VariantIndex:
                {
                    uint store = reader.ReadCompactU32();
                    return new BitSequence(store, reader.ReadCompactU32());
                }
            default:
                throw new ScaleDecodeException($"unknown TypeDef variant index {index}", start);
        }
    }

    public static void Encode<TWriter>(in TypeDef value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Composite c:
                writer.WriteByte(Composite.VariantIndex);
                MetadataCodec.WriteList(c.Fields, ref writer);
                break;
            case Variant v:
                writer.WriteByte(Variant.VariantIndex);
                MetadataCodec.WriteList(v.Variants, ref writer);
                break;
            case Sequence s:
                writer.WriteByte(Sequence.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, s.Type);
                break;
            case Array a:
                writer.WriteByte(Array.VariantIndex);
                ScaleWriter.WriteUInt32(ref writer, a.Length);
                ScaleWriter.WriteCompact(ref writer, a.Type);
                break;
            case Tuple t:
                writer.WriteByte(Tuple.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, (uint)t.Types.Count);
                for (int i = 0; i < t.Types.Count; i++)
                    ScaleWriter.WriteCompact(ref writer, t.Types[i]);
                break;
            case Primitive p:
                writer.WriteByte(Primitive.VariantIndex);
                writer.WriteByte((byte)p.Kind);
                break;
            case Compact c:
                writer.WriteByte(Compact.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, c.Type);
                break;
            case BitSequence b:
                writer.WriteByte(BitSequence.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, b.BitStoreType);
                ScaleWriter.WriteCompact(ref writer, b.BitOrderType);
                break;
            default:
                throw new ArgumentException($"unknown TypeDef variant {value.GetType().Name}", nameof(value));
        }
    }

    public static int GetEncodedSize(in TypeDef value) => 1 + value switch
    {
        Composite c => MetadataCodec.ListSize(c.Fields),
        Variant v => MetadataCodec.ListSize(v.Variants),
        Sequence s => ScaleWriter.CompactSize(s.Type),
        Array a => 4 + ScaleWriter.CompactSize(a.Type),
        Tuple t => TupleSize(t.Types),
        Primitive => 1,
        Compact c => ScaleWriter.CompactSize(c.Type),
        BitSequence b => ScaleWriter.CompactSize(b.BitStoreType) + ScaleWriter.CompactSize(b.BitOrderType),
        _ => throw new ArgumentException($"unknown TypeDef variant {value.GetType().Name}", nameof(value)),
    };

    private static int TupleSize(IReadOnlyList<uint> types)
    {
        int size = ScaleWriter.CompactSize((uint)types.Count);
        for (int i = 0; i < types.Count; i++)
            size += ScaleWriter.CompactSize(types[i]);
        return size;
    }
}
