using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.Utility;

// Derived from the declaration in UtilityEvent.cs: the codec follows the [ScaleIndex] of each variant and its fields in order.
public abstract partial record UtilityEvent : IScaleCodec<UtilityEvent>
{
    public static UtilityEvent Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0:
                {
                    uint batchIndex = reader.ReadUInt32();
                    return new BatchInterrupted(batchIndex, DispatchErrorCodec.Decode(ref reader));
                }
            case 1: return new BatchCompleted();
            case 2: return new BatchCompletedWithErrors();
            case 3: return new ItemCompleted();
            case 4: return new ItemFailed(DispatchErrorCodec.Decode(ref reader));
            case 5:
                {
                    int resultAt = reader.Position;
                    byte tag = reader.ReadByte();
                    switch (tag)
                    {
                        case 0: return new DispatchedAs(Result<ValueTuple, DispatchError>.Ok(default));
                        case 1: return new DispatchedAs(Result<ValueTuple, DispatchError>.Err(DispatchErrorCodec.Decode(ref reader)));
                        default:
                            ScaleReader.Throw($"Invalid Result tag {tag}.", resultAt);
                            return null!;
                    }
                }
            default:
                ScaleReader.Throw($"Unknown Utility event variant {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in UtilityEvent value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case BatchInterrupted e:
                ScaleWriter.WriteByte(ref writer, 0);
                ScaleWriter.WriteUInt32(ref writer, e.Index);
                DispatchErrorCodec.Encode(e.Error, ref writer);
                break;
            case BatchCompleted:
                ScaleWriter.WriteByte(ref writer, 1);
                break;
            case BatchCompletedWithErrors:
                ScaleWriter.WriteByte(ref writer, 2);
                break;
            case ItemCompleted:
                ScaleWriter.WriteByte(ref writer, 3);
                break;
            case ItemFailed e:
                ScaleWriter.WriteByte(ref writer, 4);
                DispatchErrorCodec.Encode(e.Error, ref writer);
                break;
            case DispatchedAs e:
                ScaleWriter.WriteByte(ref writer, 5);
                if (e.Result.TryGetErr(out DispatchError error))
                {
                    ScaleWriter.WriteByte(ref writer, 1);
                    DispatchErrorCodec.Encode(error, ref writer);
                }
                else
                {
                    ScaleWriter.WriteByte(ref writer, 0);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Utility event variant.");
        }
    }

    public static int GetEncodedSize(in UtilityEvent value) => 1 + value switch
    {
        BatchInterrupted e => 4 + DispatchErrorCodec.GetEncodedSize(e.Error),
        BatchCompleted or BatchCompletedWithErrors or ItemCompleted => 0,
        ItemFailed e => DispatchErrorCodec.GetEncodedSize(e.Error),
        DispatchedAs e => 1 + (e.Result.TryGetErr(out DispatchError error) ? DispatchErrorCodec.GetEncodedSize(error) : 0),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Utility event variant."),
    };
}
