using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale;

namespace Kusama.Runtime;

/// <summary>
/// The runtime's outer call enum (<c>RuntimeCall</c>): the pallet's index, then the pallet's call. One variant per pallet
/// with calls, at the pallet's index in <see cref="KusamaRuntime"/> (never reorder).
/// </summary>
public abstract record RuntimeCall : IScaleCodec<RuntimeCall>
{
    private RuntimeCall()
    {
    }

    [ScaleIndex(KusamaRuntime.SystemIndex)]
    public sealed record System(SystemCall Call) : RuntimeCall;

    [ScaleIndex(KusamaRuntime.BalancesIndex)]
    public sealed record Balances(BalancesCall Call) : RuntimeCall;

    public static RuntimeCall Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case KusamaRuntime.SystemIndex: return new System(SystemCall.Decode(ref reader));
            case KusamaRuntime.BalancesIndex: return new Balances(BalancesCall.Decode(ref reader));
            default:
                ScaleReader.Throw($"Unknown pallet index {index} in RuntimeCall.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in RuntimeCall value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case System c:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.SystemIndex);
                SystemCall.Encode(c.Call, ref writer);
                break;
            case Balances c:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.BalancesIndex);
                BalancesCall.Encode(c.Call, ref writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a RuntimeCall variant.");
        }
    }

    public static int GetEncodedSize(in RuntimeCall value) => 1 + value switch
    {
        System c => SystemCall.GetEncodedSize(c.Call),
        Balances c => BalancesCall.GetEncodedSize(c.Call),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a RuntimeCall variant."),
    };
}
