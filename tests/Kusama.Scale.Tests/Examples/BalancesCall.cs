using Kusama.Frame.Primitives;
using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests.Examples;

/// <summary>Two calls of pallet-balances with their real call indices, to show an enum whose variants hold another enum.</summary>
public abstract record BalancesCall : IScaleCodec<BalancesCall>
{
    private BalancesCall()
    {
    }

    [ScaleIndex(VariantIndex)]
    public sealed record TransferAllowDeath(MultiAddress Dest, Balance Value) : BalancesCall
    {
        public const byte VariantIndex = 0;
    }

    [ScaleIndex(VariantIndex)]
    public sealed record TransferKeepAlive(MultiAddress Dest, Balance Value) : BalancesCall
    {
        public const byte VariantIndex = 3;
    }

    public static BalancesCall Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case TransferAllowDeath.VariantIndex:
            {
                MultiAddress dest = MultiAddress.Decode(ref reader);
                return new TransferAllowDeath(dest, CompactBalanceCodec.Decode(ref reader));
            }
            case TransferKeepAlive.VariantIndex:
            {
                MultiAddress dest = MultiAddress.Decode(ref reader);
                return new TransferKeepAlive(dest, CompactBalanceCodec.Decode(ref reader));
            }
            default:
                throw new ScaleDecodeException($"unknown Balances call index {index}", start);
        }
    }

    public static void Encode<TWriter>(in BalancesCall value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        (byte index, MultiAddress dest, Balance amount) = value switch
        {
            TransferAllowDeath t => (TransferAllowDeath.VariantIndex, t.Dest, t.Value),
            TransferKeepAlive t => (TransferKeepAlive.VariantIndex, t.Dest, t.Value),
            _ => throw new ArgumentException($"unknown Balances call {value.GetType().Name}", nameof(value)),
        };
        writer.WriteByte(index);
        MultiAddress.Encode(dest, ref writer);
        CompactBalanceCodec.Encode(amount, ref writer);
    }

    public static int GetEncodedSize(in BalancesCall value) => value switch
    {
        TransferAllowDeath t => 1 + MultiAddress.GetEncodedSize(t.Dest) + CompactBalanceCodec.GetEncodedSize(t.Value),
        TransferKeepAlive t => 1 + MultiAddress.GetEncodedSize(t.Dest) + CompactBalanceCodec.GetEncodedSize(t.Value),
        _ => throw new ArgumentException($"unknown Balances call {value.GetType().Name}", nameof(value)),
    };
}
