using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.TransactionPayment;

// Derived from the declaration in TransactionPaymentEvent.cs.
public abstract partial record TransactionPaymentEvent : IScaleCodec<TransactionPaymentEvent>
{
    public static TransactionPaymentEvent Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    var actualFee = BalanceCodec.Decode(ref reader);
                    return new TransactionFeePaid(who, actualFee, BalanceCodec.Decode(ref reader));
                }
            default:
                ScaleReader.Throw($"Unknown TransactionPayment event variant {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in TransactionPaymentEvent value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case TransactionFeePaid e:
                ScaleWriter.WriteByte(ref writer, 0);
                AccountId32Codec.Encode(e.Who, ref writer);
                BalanceCodec.Encode(e.ActualFee, ref writer);
                BalanceCodec.Encode(e.Tip, ref writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a TransactionPayment event variant.");
        }
    }

    public static int GetEncodedSize(in TransactionPaymentEvent value) => value switch
    {
        TransactionFeePaid => 1 + 32 + 16 + 16,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a TransactionPayment event variant."),
    };
}
