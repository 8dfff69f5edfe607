using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.Balances;

// Derived from the declaration in BalancesEvent.cs: the codec follows the [ScaleIndex] of each variant and its fields in order.
public abstract partial record BalancesEvent : IScaleCodec<BalancesEvent>
{
    public static BalancesEvent Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0:
                {
                    var account = AccountId32Codec.Decode(ref reader);
                    return new Endowed(account, new Balance(reader.ReadUInt128()));
                }
            case 1:
                {
                    var account = AccountId32Codec.Decode(ref reader);
                    return new DustLost(account, new Balance(reader.ReadUInt128()));
                }
            case 2:
                {
                    var from = AccountId32Codec.Decode(ref reader);
                    var to = AccountId32Codec.Decode(ref reader);
                    return new Transfer(from, to, new Balance(reader.ReadUInt128()));
                }
            case 3:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new BalanceSet(who, new Balance(reader.ReadUInt128()));
                }
            case 4:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Reserved(who, new Balance(reader.ReadUInt128()));
                }
            case 5:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Unreserved(who, new Balance(reader.ReadUInt128()));
                }
            case 6:
                {
                    var from = AccountId32Codec.Decode(ref reader);
                    var to = AccountId32Codec.Decode(ref reader);
                    var amount = new Balance(reader.ReadUInt128());
                    return new ReserveRepatriated(from, to, amount, ReadStatus(ref reader));
                }
            case 7:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Deposit(who, new Balance(reader.ReadUInt128()));
                }
            case 8:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Withdraw(who, new Balance(reader.ReadUInt128()));
                }
            case 9:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Slashed(who, new Balance(reader.ReadUInt128()));
                }
            case 10:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Minted(who, new Balance(reader.ReadUInt128()));
                }
            case 11:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Burned(who, new Balance(reader.ReadUInt128()));
                }
            case 12:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Suspended(who, new Balance(reader.ReadUInt128()));
                }
            case 13:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Restored(who, new Balance(reader.ReadUInt128()));
                }
            case 14: return new Upgraded(AccountId32Codec.Decode(ref reader));
            case 15: return new Issued(new Balance(reader.ReadUInt128()));
            case 16: return new Rescinded(new Balance(reader.ReadUInt128()));
            case 17:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Locked(who, new Balance(reader.ReadUInt128()));
                }
            case 18:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Unlocked(who, new Balance(reader.ReadUInt128()));
                }
            case 19:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Frozen(who, new Balance(reader.ReadUInt128()));
                }
            case 20:
                {
                    var who = AccountId32Codec.Decode(ref reader);
                    return new Thawed(who, new Balance(reader.ReadUInt128()));
                }
            case 21:
                {
                    var old = new Balance(reader.ReadUInt128());
                    return new TotalIssuanceForced(old, new Balance(reader.ReadUInt128()));
                }
            default:
                ScaleReader.Throw($"Unknown Balances event variant {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in BalancesEvent value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Endowed e:
                ScaleWriter.WriteByte(ref writer, 0);
                AccountId32Codec.Encode(e.Account, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.FreeBalance.Value);
                break;
            case DustLost e:
                ScaleWriter.WriteByte(ref writer, 1);
                AccountId32Codec.Encode(e.Account, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Transfer e:
                ScaleWriter.WriteByte(ref writer, 2);
                AccountId32Codec.Encode(e.From, ref writer);
                AccountId32Codec.Encode(e.To, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case BalanceSet e:
                ScaleWriter.WriteByte(ref writer, 3);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Free.Value);
                break;
            case Reserved e:
                ScaleWriter.WriteByte(ref writer, 4);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Unreserved e:
                ScaleWriter.WriteByte(ref writer, 5);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case ReserveRepatriated e:
                ScaleWriter.WriteByte(ref writer, 6);
                AccountId32Codec.Encode(e.From, ref writer);
                AccountId32Codec.Encode(e.To, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                ScaleWriter.WriteByte(ref writer, (byte)e.DestinationStatus);
                break;
            case Deposit e:
                ScaleWriter.WriteByte(ref writer, 7);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Withdraw e:
                ScaleWriter.WriteByte(ref writer, 8);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Slashed e:
                ScaleWriter.WriteByte(ref writer, 9);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Minted e:
                ScaleWriter.WriteByte(ref writer, 10);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Burned e:
                ScaleWriter.WriteByte(ref writer, 11);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Suspended e:
                ScaleWriter.WriteByte(ref writer, 12);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Restored e:
                ScaleWriter.WriteByte(ref writer, 13);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Upgraded e:
                ScaleWriter.WriteByte(ref writer, 14);
                AccountId32Codec.Encode(e.Who, ref writer);
                break;
            case Issued e:
                ScaleWriter.WriteByte(ref writer, 15);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Rescinded e:
                ScaleWriter.WriteByte(ref writer, 16);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Locked e:
                ScaleWriter.WriteByte(ref writer, 17);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Unlocked e:
                ScaleWriter.WriteByte(ref writer, 18);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Frozen e:
                ScaleWriter.WriteByte(ref writer, 19);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case Thawed e:
                ScaleWriter.WriteByte(ref writer, 20);
                AccountId32Codec.Encode(e.Who, ref writer);
                ScaleWriter.WriteUInt128(ref writer, e.Amount.Value);
                break;
            case TotalIssuanceForced e:
                ScaleWriter.WriteByte(ref writer, 21);
                ScaleWriter.WriteUInt128(ref writer, e.Old.Value);
                ScaleWriter.WriteUInt128(ref writer, e.New.Value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Balances event variant.");
        }
    }

    public static int GetEncodedSize(in BalancesEvent value) => 1 + value switch
    {
        Endowed or DustLost or BalanceSet or Reserved or Unreserved or Deposit or Withdraw or Slashed or Minted or Burned or Suspended or Restored or Locked or Unlocked or Frozen or Thawed => 48,
        Transfer => 80,
        ReserveRepatriated => 81,
        Upgraded or TotalIssuanceForced => 32,
        Issued or Rescinded => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Balances event variant."),
    };

    private static Status ReadStatus(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte status = reader.ReadByte();
        if (status > (byte)Status.Reserved) ScaleReader.Throw($"Unknown Status variant {status}.", at);
        return (Status)status;
    }
}
