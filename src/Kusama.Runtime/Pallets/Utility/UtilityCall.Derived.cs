using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.Utility;

/// <summary>pallet_utility's <c>Call</c>: one record per [Call] method of <see cref="UtilityPallet"/>, with its index and arguments.</summary>
// Derived from UtilityPallet.Calls.cs: variant, field order and encodings follow the [Call] methods. Arguments holding
// RuntimeCalls decode them one nesting level deeper (see RuntimeCall.MaxExtrinsicDepth).
public abstract record UtilityCall : IScaleCodec<UtilityCall>
{
    /// <summary>The fewest bytes a RuntimeCall takes: its pallet index and call index.</summary>
    private const int MinCallSize = 2;

    private UtilityCall()
    {
    }

    [ScaleIndex(0)]
    public sealed record Batch(RuntimeCall[] Calls) : UtilityCall;

    [ScaleIndex(1)]
    public sealed record AsDerivative(ushort Index, RuntimeCall Call) : UtilityCall;

    [ScaleIndex(2)]
    public sealed record BatchAll(RuntimeCall[] Calls) : UtilityCall;

    [ScaleIndex(3)]
    public sealed record DispatchAs(OriginCaller AsOrigin, RuntimeCall Call) : UtilityCall;

    [ScaleIndex(4)]
    public sealed record ForceBatch(RuntimeCall[] Calls) : UtilityCall;

    [ScaleIndex(5)]
    public sealed record WithWeight(RuntimeCall Call, Weight Weight) : UtilityCall;

    public static UtilityCall Decode(ref ScaleReader reader) => Decode(ref reader, 0);

    /// <summary>Decodes a Utility call that is itself nested <paramref name="depth"/> levels deep.</summary>
    public static UtilityCall Decode(ref ScaleReader reader, int depth)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0: return new Batch(ReadCalls(ref reader, depth));
            case 1:
                {
                    ushort derivativeIndex = reader.ReadUInt16();
                    return new AsDerivative(derivativeIndex, RuntimeCall.Decode(ref reader, depth + 1));
                }
            case 2: return new BatchAll(ReadCalls(ref reader, depth));
            case 3:
                {
                    OriginCaller asOrigin = OriginCaller.Decode(ref reader);
                    return new DispatchAs(asOrigin, RuntimeCall.Decode(ref reader, depth + 1));
                }
            case 4: return new ForceBatch(ReadCalls(ref reader, depth));
            case 5:
                {
                    RuntimeCall call = RuntimeCall.Decode(ref reader, depth + 1);
                    return new WithWeight(call, WeightCodec.Decode(ref reader));
                }
            default:
                ScaleReader.Throw($"Unknown Utility call index {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in UtilityCall value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Batch c: WriteCalls(ref writer, 0, c.Calls); break;
            case AsDerivative c:
                ScaleWriter.WriteByte(ref writer, 1);
                ScaleWriter.WriteUInt16(ref writer, c.Index);
                RuntimeCall.Encode(c.Call, ref writer);
                break;
            case BatchAll c: WriteCalls(ref writer, 2, c.Calls); break;
            case DispatchAs c:
                ScaleWriter.WriteByte(ref writer, 3);
                OriginCaller.Encode(c.AsOrigin, ref writer);
                RuntimeCall.Encode(c.Call, ref writer);
                break;
            case ForceBatch c: WriteCalls(ref writer, 4, c.Calls); break;
            case WithWeight c:
                ScaleWriter.WriteByte(ref writer, 5);
                RuntimeCall.Encode(c.Call, ref writer);
                WeightCodec.Encode(c.Weight, ref writer);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Utility call variant.");
        }
    }

    public static int GetEncodedSize(in UtilityCall value) => 1 + value switch
    {
        Batch c => CallsSize(c.Calls),
        AsDerivative c => 2 + RuntimeCall.GetEncodedSize(c.Call),
        BatchAll c => CallsSize(c.Calls),
        DispatchAs c => OriginCaller.GetEncodedSize(c.AsOrigin) + RuntimeCall.GetEncodedSize(c.Call),
        ForceBatch c => CallsSize(c.Calls),
        WithWeight c => RuntimeCall.GetEncodedSize(c.Call) + WeightCodec.GetEncodedSize(c.Weight),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a Utility call variant."),
    };

    private static RuntimeCall[] ReadCalls(ref ScaleReader reader, int depth)
    {
        int count = reader.ReadCompactLength(ScaleLimits.UnboundedLength, "batch calls", MinCallSize);
        var calls = new RuntimeCall[count];
        for (int i = 0; i < count; i++) calls[i] = RuntimeCall.Decode(ref reader, depth + 1);
        return calls;
    }

    private static void WriteCalls<TWriter>(ref TWriter writer, byte index, RuntimeCall[] calls) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteByte(ref writer, index);
        ScaleWriter.WriteCompact(ref writer, (uint)calls.Length);
        foreach (RuntimeCall call in calls) RuntimeCall.Encode(call, ref writer);
    }

    private static int CallsSize(RuntimeCall[] calls)
    {
        int size = ScaleWriter.CompactSize((uint)calls.Length);
        foreach (RuntimeCall call in calls) size += RuntimeCall.GetEncodedSize(call);
        return size;
    }
}
