using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.Balances;

/// <summary>pallet_balances' <c>Call</c>: one record per [Call] method of <see cref="BalancesPallet"/>, with its index and arguments.</summary>
// Derived from BalancesPallet.Calls.cs: variant, field order and encodings follow the [Call] methods.
public abstract record BalancesCall : IScaleCodec<BalancesCall>
{
    /// <summary>Bound on upgrade_accounts' list: a 5 MiB block holds at most 5 MiB / 32 account ids.</summary>
    private const int MaxAccounts = 5 * 1024 * 1024 / 32;

    private BalancesCall()
    {
    }

    [ScaleIndex(0)]
    public sealed record TransferAllowDeath(MultiAddress Dest, Balance Value) : BalancesCall;

    [ScaleIndex(2)]
    public sealed record ForceTransfer(MultiAddress Source, MultiAddress Dest, Balance Value) : BalancesCall;

    [ScaleIndex(3)]
    public sealed record TransferKeepAlive(MultiAddress Dest, Balance Value) : BalancesCall;

    [ScaleIndex(4)]
    public sealed record TransferAll(MultiAddress Dest, bool KeepAlive) : BalancesCall;

    [ScaleIndex(5)]
    public sealed record ForceUnreserve(MultiAddress Who, Balance Amount) : BalancesCall;

    [ScaleIndex(6)]
    public sealed record UpgradeAccounts(AccountId32[] Who) : BalancesCall;

    [ScaleIndex(8)]
    public sealed record ForceSetBalance(MultiAddress Who, Balance NewFree) : BalancesCall;

    [ScaleIndex(9)]
    public sealed record ForceAdjustTotalIssuance(AdjustmentDirection Direction, Balance Delta) : BalancesCall;

    [ScaleIndex(10)]
    public sealed record Burn(Balance Value, bool KeepAlive) : BalancesCall;

    public static BalancesCall Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0:
                {
                    var dest = MultiAddress.Decode(ref reader);
                    return new TransferAllowDeath(dest, CompactBalanceCodec.Decode(ref reader));
                }
            case 2:
                {
                    var source = MultiAddress.Decode(ref reader);
                    var dest = MultiAddress.Decode(ref reader);
                    return new ForceTransfer(source, dest, CompactBalanceCodec.Decode(ref reader));
                }
            case 3:
                {
                    var dest = MultiAddress.Decode(ref reader);
                    return new TransferKeepAlive(dest, CompactBalanceCodec.Decode(ref reader));
                }
            case 4:
                {
                    var dest = MultiAddress.Decode(ref reader);
                    return new TransferAll(dest, reader.ReadBool());
                }
            case 5:
                {
                    var who = MultiAddress.Decode(ref reader);
                    return new ForceUnreserve(who, BalanceCodec.Decode(ref reader));
                }
            case 6: return new UpgradeAccounts(VecCodec<AccountId32, AccountId32Codec>.DecodeBounded(ref reader, MaxAccounts));
            case 8:
                {
                    var who = MultiAddress.Decode(ref reader);
                    return new ForceSetBalance(who, CompactBalanceCodec.Decode(ref reader));
                }
            case 9:
                {
                    var direction = ReadAdjustmentDirection(ref reader);
                    return new ForceAdjustTotalIssuance(direction, CompactBalanceCodec.Decode(ref reader));
                }
            case 10:
                {
                    var value = CompactBalanceCodec.Decode(ref reader);
                    return new Burn(value, reader.ReadBool());
                }
            default:
                ScaleReader.Throw($"Unknown Balances call index {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in BalancesCall value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case TransferAllowDeath c:
                ScaleWriter.WriteByte(ref writer, 0);
                MultiAddress.Encode(c.Dest, ref writer);
                CompactBalanceCodec.Encode(c.Value, ref writer);
                break;
            case ForceTransfer c:
                ScaleWriter.WriteByte(ref writer, 2);
                MultiAddress.Encode(c.Source, ref writer);
                MultiAddress.Encode(c.Dest, ref writer);
                CompactBalanceCodec.Encode(c.Value, ref writer);
                break;
            case TransferKeepAlive c:
                ScaleWriter.WriteByte(ref writer, 3);
                MultiAddress.Encode(c.Dest, ref writer);
                CompactBalanceCodec.Encode(c.Value, ref writer);
                break;
            case TransferAll c:
                ScaleWriter.WriteByte(ref writer, 4);
                MultiAddress.Encode(c.Dest, ref writer);
                ScaleWriter.WriteBool(ref writer, c.KeepAlive);
                break;
            case ForceUnreserve c:
                ScaleWriter.WriteByte(ref writer, 5);
                MultiAddress.Encode(c.Who, ref writer);
                BalanceCodec.Encode(c.Amount, ref writer);
                break;
            case UpgradeAccounts c:
                ScaleWriter.WriteByte(ref writer, 6);
                VecCodec<AccountId32, AccountId32Codec>.Encode(c.Who, ref writer);
                break;
            case ForceSetBalance c:
                ScaleWriter.WriteByte(ref writer, 8);
                MultiAddress.Encode(c.Who, ref writer);
                CompactBalanceCodec.Encode(c.NewFree, ref writer);
                break;
            case ForceAdjustTotalIssuance c:
                ScaleWriter.WriteByte(ref writer, 9);
                ScaleWriter.WriteByte(ref writer, (byte)c.Direction);
                CompactBalanceCodec.Encode(c.Delta, ref writer);
                break;
            case Burn c:
                ScaleWriter.WriteByte(ref writer, 10);
                CompactBalanceCodec.Encode(c.Value, ref writer);
                ScaleWriter.WriteBool(ref writer, c.KeepAlive);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Balances call variant.");
        }
    }

    public static int GetEncodedSize(in BalancesCall value) => 1 + value switch
    {
        TransferAllowDeath c => MultiAddress.GetEncodedSize(c.Dest) + CompactBalanceCodec.GetEncodedSize(c.Value),
        ForceTransfer c => MultiAddress.GetEncodedSize(c.Source) + MultiAddress.GetEncodedSize(c.Dest) + CompactBalanceCodec.GetEncodedSize(c.Value),
        TransferKeepAlive c => MultiAddress.GetEncodedSize(c.Dest) + CompactBalanceCodec.GetEncodedSize(c.Value),
        TransferAll c => MultiAddress.GetEncodedSize(c.Dest) + 1,
        ForceUnreserve c => MultiAddress.GetEncodedSize(c.Who) + 16,
        UpgradeAccounts c => VecCodec<AccountId32, AccountId32Codec>.GetEncodedSize(c.Who),
        ForceSetBalance c => MultiAddress.GetEncodedSize(c.Who) + CompactBalanceCodec.GetEncodedSize(c.NewFree),
        ForceAdjustTotalIssuance c => 1 + CompactBalanceCodec.GetEncodedSize(c.Delta),
        Burn c => CompactBalanceCodec.GetEncodedSize(c.Value) + 1,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Balances call variant."),
    };

    private static AdjustmentDirection ReadAdjustmentDirection(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte direction = reader.ReadByte();
        if (direction > (byte)AdjustmentDirection.Decrease) ScaleReader.Throw($"Unknown AdjustmentDirection variant {direction}.", at);
        return (AdjustmentDirection)direction;
    }
}
