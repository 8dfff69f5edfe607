using Kusama.Frame.Primitives;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests.Examples;

/// <summary>The outer call enum: pallet index, then the pallet's call enum (Kusama: <c>Balances = 4</c>, <c>System = 0</c>).</summary>
public abstract record RuntimeCall : IScaleCodec<RuntimeCall>
{
    private RuntimeCall()
    {
    }

    [ScaleIndex(VariantIndex)]
    public sealed record SystemRemark(byte[] Remark) : RuntimeCall
    {
        // System is pallet 0 and remark is its call 0; both bytes are written for this variant.
        public const byte VariantIndex = 0;
        public const byte CallIndex = 0;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record Balances(BalancesCall Call) : RuntimeCall
    {
        public const byte VariantIndex = 4;
    }

    public static RuntimeCall Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte pallet = reader.ReadByte();
        switch (pallet)
        {
            case SystemRemark.VariantIndex:
            {
                byte call = reader.ReadByte();
                if (call != SystemRemark.CallIndex)
                    throw new ScaleDecodeException($"unknown System call index {call}", start + 1);
                return new SystemRemark(BytesCodec.Decode(ref reader));
            }
            case Balances.VariantIndex:
                return new Balances(BalancesCall.Decode(ref reader));
            default:
                throw new ScaleDecodeException($"unknown pallet index {pallet}", start);
        }
    }

    public static void Encode<TWriter>(in RuntimeCall value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case SystemRemark remark:
                writer.WriteByte(SystemRemark.VariantIndex);
                writer.WriteByte(SystemRemark.CallIndex);
                BytesCodec.Encode(remark.Remark, ref writer);
                break;
            case Balances balances:
                writer.WriteByte(Balances.VariantIndex);
                BalancesCall.Encode(balances.Call, ref writer);
                break;
            default:
                throw new ArgumentException($"unknown call {value.GetType().Name}", nameof(value));
        }
    }

    public static int GetEncodedSize(in RuntimeCall value) => value switch
    {
        SystemRemark remark => 2 + BytesCodec.GetEncodedSize(remark.Remark),
        Balances balances => 1 + BalancesCall.GetEncodedSize(balances.Call),
        _ => throw new ArgumentException($"unknown call {value.GetType().Name}", nameof(value)),
    };
}
