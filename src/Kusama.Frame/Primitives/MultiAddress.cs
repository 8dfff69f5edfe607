using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Primitives;

/// <summary>
/// sp-runtime's <c>MultiAddress&lt;AccountId32, u32&gt;</c>, written the way Rust enums are: an abstract record with a
/// private constructor (a closed set), one sealed record per variant carrying its wire index, and a switch-based codec.
/// </summary>
public abstract record MultiAddress : IScaleCodec<MultiAddress>
{
    private MultiAddress()
    {
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Id(AccountId32 Account) : MultiAddress
    {
        public const byte VariantIndex = 0;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Index(uint AccountIndex) : MultiAddress
    {
        public const byte VariantIndex = 1;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Raw(byte[] Bytes) : MultiAddress
    {
        public const byte VariantIndex = 2;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Address32(Hash256 Bytes) : MultiAddress
    {
        public const byte VariantIndex = 3;
    }

    public static MultiAddress Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte index = reader.ReadByte();
        return index switch
        {
            Id.VariantIndex => new Id(AccountId32Codec.Decode(ref reader)),
            Index.VariantIndex => new Index(reader.ReadCompactU32()),
            Raw.VariantIndex => new Raw(BytesCodec.Decode(ref reader)),
            Address32.VariantIndex => new Address32(Hash256Codec.Decode(ref reader)),
            _ => throw new ScaleDecodeException($"unknown MultiAddress variant index {index}", start),
        };
    }

    public static void Encode<TWriter>(in MultiAddress value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Id id:
                writer.WriteByte(Id.VariantIndex);
                AccountId32Codec.Encode(id.Account, ref writer);
                break;
            case Index index:
                writer.WriteByte(Index.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, index.AccountIndex);
                break;
            case Raw raw:
                writer.WriteByte(Raw.VariantIndex);
                BytesCodec.Encode(raw.Bytes, ref writer);
                break;
            case Address32 address:
                writer.WriteByte(Address32.VariantIndex);
                Hash256Codec.Encode(address.Bytes, ref writer);
                break;
            default:
                throw new ArgumentException($"unknown MultiAddress variant {value.GetType().Name}", nameof(value));
        }
    }

    public static int GetEncodedSize(in MultiAddress value) => 1 + value switch
    {
        Id => AccountId32.Length,
        Index index => ScaleWriter.CompactSize(index.AccountIndex),
        Raw raw => BytesCodec.GetEncodedSize(raw.Bytes),
        Address32 => Hash256.Length,
        _ => throw new ArgumentException($"unknown MultiAddress variant {value.GetType().Name}", nameof(value)),
    };
}
