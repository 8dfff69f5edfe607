using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Runtime.Pallets.Utility;
using Kusama.Scale;

namespace Kusama.Runtime;

/// <summary>
/// The runtime's outer event enum (<c>RuntimeEvent</c>): the pallet's index, then the pallet's event. One variant per pallet
/// that has events, at the pallet's index in <see cref="KusamaRuntime"/> (never reorder).
/// </summary>
public abstract record RuntimeEvent : IScaleCodec<RuntimeEvent>
{
    private RuntimeEvent()
    {
    }

    [ScaleIndex(KusamaRuntime.SystemIndex)]
    public sealed record System(SystemEvent Event) : RuntimeEvent;

    [ScaleIndex(KusamaRuntime.BalancesIndex)]
    public sealed record Balances(BalancesEvent Event) : RuntimeEvent;

    [ScaleIndex(KusamaRuntime.UtilityIndex)]
    public sealed record Utility(UtilityEvent Event) : RuntimeEvent;

    [ScaleIndex(KusamaRuntime.TransactionPaymentIndex)]
    public sealed record TransactionPayment(TransactionPaymentEvent Event) : RuntimeEvent;

    public static RuntimeEvent Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case KusamaRuntime.SystemIndex: return new System(SystemEvent.Decode(ref reader));
            case KusamaRuntime.UtilityIndex: return new Utility(UtilityEvent.Decode(ref reader));
            case KusamaRuntime.TransactionPaymentIndex: return new TransactionPayment(TransactionPaymentEvent.Decode(ref reader));
            case KusamaRuntime.BalancesIndex: return new Balances(BalancesEvent.Decode(ref reader));
            default:
                ScaleReader.Throw($"Unknown pallet index {index} in RuntimeEvent.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in RuntimeEvent value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case System e:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.SystemIndex);
                SystemEvent.Encode(e.Event, ref writer);
                break;
            case Utility e:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.UtilityIndex);
                UtilityEvent.Encode(e.Event, ref writer);
                break;
            case TransactionPayment e:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.TransactionPaymentIndex);
                TransactionPaymentEvent.Encode(e.Event, ref writer);
                break;
            case Balances e:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.BalancesIndex);
                BalancesEvent.Encode(e.Event, ref writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a RuntimeEvent variant.");
        }
    }

    public static int GetEncodedSize(in RuntimeEvent value) => 1 + value switch
    {
        System e => SystemEvent.GetEncodedSize(e.Event),
        Utility e => UtilityEvent.GetEncodedSize(e.Event),
        TransactionPayment e => TransactionPaymentEvent.GetEncodedSize(e.Event),
        Balances e => BalancesEvent.GetEncodedSize(e.Event),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a RuntimeEvent variant."),
    };
}
