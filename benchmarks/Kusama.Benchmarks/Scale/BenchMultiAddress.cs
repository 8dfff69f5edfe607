using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Benchmarks.Scale;

/// <summary>A MultiAddress-like enum (Id = 0, Index = 1) in the sealed-record pattern.</summary>
public abstract record BenchMultiAddress : IScaleCodec<BenchMultiAddress>
{
    private BenchMultiAddress()
    {
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Id(AccountId32 Account) : BenchMultiAddress
    {
        public const byte VariantIndex = 0;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Index(uint AccountIndex) : BenchMultiAddress
    {
        public const byte VariantIndex = 1;
    }

    public static BenchMultiAddress Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte index = reader.ReadByte();
        return index switch
        {
            Id.VariantIndex => new Id(AccountId32Codec.Decode(ref reader)),
            Index.VariantIndex => new Index(reader.ReadCompactU32()),
            _ => throw new ScaleDecodeException($"unknown MultiAddress variant index {index}", start),
        };
    }

    public static void Encode<TWriter>(in BenchMultiAddress value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Id id:
                writer.WriteByte(Id.VariantIndex);
                writer.Write(id.Account.Bytes);
                break;
            case Index index:
                writer.WriteByte(Index.VariantIndex);
                ScaleWriter.WriteCompact(ref writer, index.AccountIndex);
                break;
            default:
                throw new ArgumentException($"unknown MultiAddress variant {value.GetType().Name}", nameof(value));
        }
    }

    public static int GetEncodedSize(in BenchMultiAddress value) => value switch
    {
        Id => 1 + AccountId32.Length,
        Index index => 1 + ScaleWriter.CompactSize(index.AccountIndex),
        _ => throw new ArgumentException($"unknown MultiAddress variant {value.GetType().Name}", nameof(value)),
    };
}
