using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Encodes and decodes <see cref="ScaleValue"/>s by dispatching each type to our Kusama.Scale codec for it.</summary>
public static class DynamicScale
{
    public static byte[] Encode(ScaleValue value) => ScaleCodec.Encode<ScaleValue, DynamicCodec<SlotA>>(value);

    /// <summary>Decodes exactly the whole input.</summary>
    /// <exception cref="ScaleDecodeException">The bytes are not a value of the type, or bytes are left over.</exception>
    public static ScaleValue Decode(ScaleType type, ReadOnlySpan<byte> input)
    {
        using (SlotStack<SlotA>.Push(type))
        {
            return ScaleCodec.Decode<ScaleValue, DynamicCodec<SlotA>>(input);
        }
    }

    public static ScaleValue Decode(ScaleType type, ref ScaleReader reader)
    {
        switch (type.Kind)
        {
            case ScaleTypeKind.Unsigned:
                return ScaleValue.OfUnsigned(type, type.Bits switch
                {
                    8 => U8Codec.Decode(ref reader),
                    16 => U16Codec.Decode(ref reader),
                    32 => U32Codec.Decode(ref reader),
                    64 => U64Codec.Decode(ref reader),
                    _ => U128Codec.Decode(ref reader),
                });
            case ScaleTypeKind.Signed:
                return ScaleValue.OfSigned(type, type.Bits switch
                {
                    8 => I8Codec.Decode(ref reader),
                    16 => I16Codec.Decode(ref reader),
                    32 => I32Codec.Decode(ref reader),
                    64 => I64Codec.Decode(ref reader),
                    _ => I128Codec.Decode(ref reader),
                });
            case ScaleTypeKind.Compact:
                return ScaleValue.OfUnsigned(type, type.Bits switch
                {
                    8 => CompactU8Codec.Decode(ref reader),
                    16 => CompactU16Codec.Decode(ref reader),
                    32 => CompactU32Codec.Decode(ref reader),
                    64 => CompactU64Codec.Decode(ref reader),
                    _ => CompactU128Codec.Decode(ref reader),
                });
            case ScaleTypeKind.Bool:
                return ScaleValue.OfBool(type, BoolCodec.Decode(ref reader));
            case ScaleTypeKind.Text:
                return ScaleValue.OfText(type, StringCodec.Decode(ref reader));
            case ScaleTypeKind.FixedBytes:
                return ScaleValue.OfBytes(type, reader.ReadBytes(type.Length).ToArray());
            case ScaleTypeKind.BitVec:
                return ScaleValue.OfBits(type, BitVec.Decode(ref reader));
            case ScaleTypeKind.Option:
                using (SlotStack<SlotA>.Push(type.Child))
                {
                    return ScaleValue.OfOption(type, OptionCodec<ScaleValue, DynamicCodec<SlotA>>.Decode(ref reader));
                }

            case ScaleTypeKind.Result:
                using (SlotStack<SlotA>.Push(type.Children[0]))
                using (SlotStack<SlotB>.Push(type.Children[1]))
                {
                    return ScaleValue.OfResult(type, ResultCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.Decode(ref reader));
                }

            case ScaleTypeKind.Vec:
                using (SlotStack<SlotA>.Push(type.Child))
                {
                    return ScaleValue.OfItems(type, VecCodec<ScaleValue, DynamicCodec<SlotA>>.Decode(ref reader));
                }

            case ScaleTypeKind.BTreeSet:
                using (SlotStack<SlotA>.Push(type.Child))
                {
                    return ScaleValue.OfSet(type, BTreeSetCodec<ScaleValue, DynamicCodec<SlotA>>.Decode(ref reader));
                }

            case ScaleTypeKind.BTreeMap:
                using (SlotStack<SlotA>.Push(type.Children[0]))
                using (SlotStack<SlotB>.Push(type.Children[1]))
                {
                    return ScaleValue.OfMap(type, BTreeMapCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.Decode(ref reader));
                }

            case ScaleTypeKind.Tuple:
                return ScaleValue.OfItems(type, DecodeTuple(type, ref reader));
            default:
                throw new NotSupportedException($"type kind {type.Kind}");
        }
    }

    private static ScaleValue[] DecodeTuple(ScaleType type, ref ScaleReader reader)
    {
        var items = type.Children;
        using (SlotStack<SlotA>.Push(items[0]))
        using (SlotStack<SlotB>.Push(items[1]))
        {
            if (items.Count == 2)
            {
                var (a, b) = TupleCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.Decode(ref reader);
                return [a, b];
            }

            using (SlotStack<SlotC>.Push(items[2]))
            {
                if (items.Count == 3)
                {
                    var (a, b, c) = TupleCodec<ScaleValue, ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>, DynamicCodec<SlotC>>.Decode(ref reader);
                    return [a, b, c];
                }

                using (SlotStack<SlotD>.Push(items[3]))
                {
                    var (a, b, c, d) = TupleCodec<ScaleValue, ScaleValue, ScaleValue, ScaleValue,
                        DynamicCodec<SlotA>, DynamicCodec<SlotB>, DynamicCodec<SlotC>, DynamicCodec<SlotD>>.Decode(ref reader);
                    return [a, b, c, d];
                }
            }
        }
    }

    public static void Encode<TWriter>(ScaleValue value, ref TWriter writer)
        where TWriter : IScaleWriter, allows ref struct
    {
        var type = value.Type;
        switch (type.Kind)
        {
            case ScaleTypeKind.Unsigned:
                switch (type.Bits)
                {
                    case 8: U8Codec.Encode((byte)value.Unsigned, ref writer); break;
                    case 16: U16Codec.Encode((ushort)value.Unsigned, ref writer); break;
                    case 32: U32Codec.Encode((uint)value.Unsigned, ref writer); break;
                    case 64: U64Codec.Encode((ulong)value.Unsigned, ref writer); break;
                    default: U128Codec.Encode(value.Unsigned, ref writer); break;
                }

                break;
            case ScaleTypeKind.Signed:
                switch (type.Bits)
                {
                    case 8: I8Codec.Encode((sbyte)value.Signed, ref writer); break;
                    case 16: I16Codec.Encode((short)value.Signed, ref writer); break;
                    case 32: I32Codec.Encode((int)value.Signed, ref writer); break;
                    case 64: I64Codec.Encode((long)value.Signed, ref writer); break;
                    default: I128Codec.Encode(value.Signed, ref writer); break;
                }

                break;
            case ScaleTypeKind.Compact:
                switch (type.Bits)
                {
                    case 8: CompactU8Codec.Encode((byte)value.Unsigned, ref writer); break;
                    case 16: CompactU16Codec.Encode((ushort)value.Unsigned, ref writer); break;
                    case 32: CompactU32Codec.Encode((uint)value.Unsigned, ref writer); break;
                    case 64: CompactU64Codec.Encode((ulong)value.Unsigned, ref writer); break;
                    default: CompactU128Codec.Encode(value.Unsigned, ref writer); break;
                }

                break;
            case ScaleTypeKind.Bool:
                BoolCodec.Encode(value.Bool, ref writer);
                break;
            case ScaleTypeKind.Text:
                StringCodec.Encode(value.Text!, ref writer);
                break;
            case ScaleTypeKind.FixedBytes:
                ScaleWriter.WriteBytes(ref writer, value.Bytes);
                break;
            case ScaleTypeKind.BitVec:
                BitVec.Encode(value.Bits!, ref writer);
                break;
            case ScaleTypeKind.Option:
                OptionCodec<ScaleValue, DynamicCodec<SlotA>>.Encode(value.Option, ref writer);
                break;
            case ScaleTypeKind.Result:
                ResultCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.Encode(value.Result, ref writer);
                break;
            case ScaleTypeKind.Vec:
                VecCodec<ScaleValue, DynamicCodec<SlotA>>.Encode(value.Items!, ref writer);
                break;
            case ScaleTypeKind.BTreeSet:
                BTreeSetCodec<ScaleValue, DynamicCodec<SlotA>>.Encode(value.Set!, ref writer);
                break;
            case ScaleTypeKind.BTreeMap:
                BTreeMapCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.Encode(value.Map!, ref writer);
                break;
            case ScaleTypeKind.Tuple:
                EncodeTuple(value.Items!, ref writer);
                break;
            default:
                throw new NotSupportedException($"type kind {type.Kind}");
        }
    }

    private static void EncodeTuple<TWriter>(ScaleValue[] items, ref TWriter writer)
        where TWriter : IScaleWriter, allows ref struct
    {
        switch (items.Length)
        {
            case 2:
                TupleCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.Encode((items[0], items[1]), ref writer);
                break;
            case 3:
                TupleCodec<ScaleValue, ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>, DynamicCodec<SlotC>>.Encode(
                    (items[0], items[1], items[2]), ref writer);
                break;
            default:
                TupleCodec<ScaleValue, ScaleValue, ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>, DynamicCodec<SlotC>, DynamicCodec<SlotD>>.Encode(
                    (items[0], items[1], items[2], items[3]), ref writer);
                break;
        }
    }

    public static int GetEncodedSize(ScaleValue value)
    {
        var type = value.Type;
        return type.Kind switch
        {
            ScaleTypeKind.Unsigned or ScaleTypeKind.Signed => type.Bits / 8,
            ScaleTypeKind.Compact => ScaleWriter.CompactSize(value.Unsigned),
            ScaleTypeKind.Bool => 1,
            ScaleTypeKind.Text => StringCodec.GetEncodedSize(value.Text!),
            ScaleTypeKind.FixedBytes => type.Length,
            ScaleTypeKind.BitVec => BitVec.GetEncodedSize(value.Bits!),
            ScaleTypeKind.Option => OptionCodec<ScaleValue, DynamicCodec<SlotA>>.GetEncodedSize(value.Option),
            ScaleTypeKind.Result => ResultCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.GetEncodedSize(value.Result),
            ScaleTypeKind.Vec => VecCodec<ScaleValue, DynamicCodec<SlotA>>.GetEncodedSize(value.Items!),
            ScaleTypeKind.BTreeSet => BTreeSetCodec<ScaleValue, DynamicCodec<SlotA>>.GetEncodedSize(value.Set!),
            ScaleTypeKind.BTreeMap => BTreeMapCodec<ScaleValue, ScaleValue, DynamicCodec<SlotA>, DynamicCodec<SlotB>>.GetEncodedSize(value.Map!),
            ScaleTypeKind.Tuple => SumSizes(value.Items!),
            _ => throw new NotSupportedException($"type kind {type.Kind}"),
        };
    }

    private static int SumSizes(ScaleValue[] items)
    {
        var size = 0;
        foreach (var item in items)
        {
            size += GetEncodedSize(item);
        }

        return size;
    }
}
