using Kusama.Frame.Dispatch;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

// Derived from the declaration in SystemEvent.cs: the codec follows the [ScaleIndex] of each variant and its fields in order.
public abstract partial record SystemEvent : IScaleCodec<SystemEvent>
{
    public static SystemEvent Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0: return new ExtrinsicSuccess(DispatchInfoCodec.Decode(ref reader));
            case 1:
                {
                    var error = DispatchErrorCodec.Decode(ref reader);
                    return new ExtrinsicFailed(error, DispatchInfoCodec.Decode(ref reader));
                }
            case 2: return new CodeUpdated();
            case 3: return new NewAccount(AccountId32Codec.Decode(ref reader));
            case 4: return new KilledAccount(AccountId32Codec.Decode(ref reader));
            case 5:
                {
                    var sender = AccountId32Codec.Decode(ref reader);
                    return new Remarked(sender, Hash256Codec.Decode(ref reader));
                }
            case 6:
                {
                    var codeHash = Hash256Codec.Decode(ref reader);
                    return new UpgradeAuthorized(codeHash, reader.ReadBool());
                }
            default:
                ScaleReader.Throw($"Unknown System event variant {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in SystemEvent value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case ExtrinsicSuccess e:
                ScaleWriter.WriteByte(ref writer, 0);
                DispatchInfoCodec.Encode(e.DispatchInfo, ref writer);
                break;
            case ExtrinsicFailed e:
                ScaleWriter.WriteByte(ref writer, 1);
                DispatchErrorCodec.Encode(e.DispatchError, ref writer);
                DispatchInfoCodec.Encode(e.DispatchInfo, ref writer);
                break;
            case CodeUpdated:
                ScaleWriter.WriteByte(ref writer, 2);
                break;
            case NewAccount e:
                ScaleWriter.WriteByte(ref writer, 3);
                AccountId32Codec.Encode(e.Account, ref writer);
                break;
            case KilledAccount e:
                ScaleWriter.WriteByte(ref writer, 4);
                AccountId32Codec.Encode(e.Account, ref writer);
                break;
            case Remarked e:
                ScaleWriter.WriteByte(ref writer, 5);
                AccountId32Codec.Encode(e.Sender, ref writer);
                Hash256Codec.Encode(e.Hash, ref writer);
                break;
            case UpgradeAuthorized e:
                ScaleWriter.WriteByte(ref writer, 6);
                Hash256Codec.Encode(e.CodeHash, ref writer);
                ScaleWriter.WriteBool(ref writer, e.CheckVersion);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a System event variant.");
        }
    }

    public static int GetEncodedSize(in SystemEvent value) => 1 + value switch
    {
        ExtrinsicSuccess e => DispatchInfoCodec.GetEncodedSize(e.DispatchInfo),
        ExtrinsicFailed e => DispatchErrorCodec.GetEncodedSize(e.DispatchError) + DispatchInfoCodec.GetEncodedSize(e.DispatchInfo),
        CodeUpdated => 0,
        NewAccount or KilledAccount => 32,
        Remarked => 64,
        UpgradeAuthorized => 33,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a System event variant."),
    };
}
