using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Runtime.Pallets.Utility;
using Kusama.Scale;

namespace Kusama.Runtime;

/// <summary>
/// The runtime's outer call enum (<c>RuntimeCall</c>): the pallet's index, then the pallet's call. One variant per pallet
/// with calls, at the pallet's index in <see cref="KusamaRuntime"/> (never reorder).
/// </summary>
public abstract record RuntimeCall : IScaleCodec<RuntimeCall>
{
    /// <summary>
    /// sp-api's <c>MAX_EXTRINSIC_DEPTH</c>: runtime-API arguments decode with this depth limit, so a call nested (in
    /// batches, boxed calls) deeper than this is rejected while decoding instead of overflowing the stack.
    /// </summary>
    public const int MaxExtrinsicDepth = 256;

    private RuntimeCall()
    {
    }

    [ScaleIndex(KusamaRuntime.SystemIndex)]
    public sealed record System(SystemCall Call) : RuntimeCall;

    [ScaleIndex(KusamaRuntime.TimestampIndex)]
    public sealed record Timestamp(TimestampCall Call) : RuntimeCall;

    [ScaleIndex(KusamaRuntime.BalancesIndex)]
    public sealed record Balances(BalancesCall Call) : RuntimeCall;

    [ScaleIndex(KusamaRuntime.UtilityIndex)]
    public sealed record Utility(UtilityCall Call) : RuntimeCall;

    // How deep the call being decoded on this thread is nested; generated pallet codecs decode inner calls with
    // Decode(ref reader), which continues from here, so every Box<RuntimeCall> and Vec<RuntimeCall> level counts.
    [ThreadStatic]
    private static int t_depth;

    public static RuntimeCall Decode(ref ScaleReader reader) => Decode(ref reader, t_depth);

    /// <summary>
    /// Decodes a call nested inside <paramref name="depth"/> call containers (each <c>Vec&lt;RuntimeCall&gt;</c> or
    /// <c>Box&lt;RuntimeCall&gt;</c> counts one, as parity-scale-codec's depth limit counts them).
    /// </summary>
    public static RuntimeCall Decode(ref ScaleReader reader, int depth)
    {
        int at = reader.Position;
        if (depth > MaxExtrinsicDepth) ScaleReader.Throw($"RuntimeCall nesting exceeds the limit of {MaxExtrinsicDepth}.", at);
        int saved = t_depth;
        t_depth = depth + 1;
        try
        {
            return DecodeVariant(ref reader, at);
        }
        finally
        {
            t_depth = saved;
        }
    }

    private static RuntimeCall DecodeVariant(ref ScaleReader reader, int at)
    {
        byte index = reader.ReadByte();
        switch (index)
        {
            case KusamaRuntime.SystemIndex: return new System(SystemCall.Decode(ref reader));
            case KusamaRuntime.TimestampIndex: return new Timestamp(TimestampCall.Decode(ref reader));
            case KusamaRuntime.UtilityIndex: return new Utility(UtilityCall.Decode(ref reader));
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
            case Timestamp c:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.TimestampIndex);
                TimestampCall.Encode(c.Call, ref writer);
                break;
            case Utility c:
                ScaleWriter.WriteByte(ref writer, KusamaRuntime.UtilityIndex);
                UtilityCall.Encode(c.Call, ref writer);
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
        Timestamp c => TimestampCall.GetEncodedSize(c.Call),
        Utility c => UtilityCall.GetEncodedSize(c.Call),
        Balances c => BalancesCall.GetEncodedSize(c.Call),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a RuntimeCall variant."),
    };
}
