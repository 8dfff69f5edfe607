using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Transactions;

/// <summary>
/// sp-runtime <c>ValidTransaction</c>: how the pool orders a valid transaction — priority u64, the tags it requires and
/// provides (<c>Vec&lt;Vec&lt;u8&gt;&gt;</c>), longevity u64 in blocks, and whether to gossip it.
/// </summary>
public sealed class ValidTransaction : IEquatable<ValidTransaction>, IScaleCodec<ValidTransaction>
{
    public ValidTransaction(ulong priority, byte[][] requires, byte[][] provides, ulong longevity, bool propagate)
    {
        Priority = priority;
        Requires = requires;
        Provides = provides;
        Longevity = longevity;
        Propagate = propagate;
    }

    /// <summary>sp-runtime's <c>Default</c>: priority 0, no tags, longevity forever, propagated.</summary>
    public static ValidTransaction Default => new(0, [], [], ulong.MaxValue, true);

    /// <summary>Orders transactions whose requirements are all met; higher first.</summary>
    public ulong Priority { get; }

    /// <summary>Tags other transactions must provide before this one can be included.</summary>
    public byte[][] Requires { get; }

    /// <summary>Tags this transaction provides; two transactions providing the same tag conflict.</summary>
    public byte[][] Provides { get; }

    /// <summary>The minimum number of blocks the validity holds; <see cref="ulong.MaxValue"/> is forever.</summary>
    public ulong Longevity { get; }

    /// <summary>False keeps the transaction on this node (still includable in its own blocks).</summary>
    public bool Propagate { get; }

    /// <summary>
    /// sp-runtime <c>combine_with</c>: priorities added (saturating), tags concatenated (this one's first), the shorter
    /// longevity, and propagate only if both do.
    /// </summary>
    public ValidTransaction CombineWith(ValidTransaction other)
    {
        ulong priority = Priority + other.Priority;
        if (priority < Priority)
            priority = ulong.MaxValue;
        return new ValidTransaction(
            priority, [.. Requires, .. other.Requires], [.. Provides, .. other.Provides], Math.Min(Longevity, other.Longevity), Propagate && other.Propagate);
    }

    public static ValidTransaction Decode(ref ScaleReader reader) => new(
        reader.ReadUInt64(),
        VecCodec<byte[], BytesCodec>.Decode(ref reader),
        VecCodec<byte[], BytesCodec>.Decode(ref reader),
        reader.ReadUInt64(),
        reader.ReadBool());

    public static void Encode<TWriter>(in ValidTransaction value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteUInt64(ref writer, value.Priority);
        VecCodec<byte[], BytesCodec>.Encode(value.Requires, ref writer);
        VecCodec<byte[], BytesCodec>.Encode(value.Provides, ref writer);
        ScaleWriter.WriteUInt64(ref writer, value.Longevity);
        ScaleWriter.WriteBool(ref writer, value.Propagate);
    }

    public static int GetEncodedSize(in ValidTransaction value) =>
        8 + VecCodec<byte[], BytesCodec>.GetEncodedSize(value.Requires) + VecCodec<byte[], BytesCodec>.GetEncodedSize(value.Provides) + 8 + 1;

    public static int MinEncodedSize => 8 + 1 + 1 + 8 + 1;

    public bool Equals(ValidTransaction? other) =>
        other is not null && Priority == other.Priority && Longevity == other.Longevity && Propagate == other.Propagate
        && TagsEqual(Requires, other.Requires) && TagsEqual(Provides, other.Provides);

    private static bool TagsEqual(byte[][] left, byte[][] right)
    {
        if (left.Length != right.Length)
            return false;
        for (int i = 0; i < left.Length; i++)
        {
            if (!left[i].AsSpan().SequenceEqual(right[i]))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValidTransaction);

    public override int GetHashCode() => HashCode.Combine(Priority, Longevity, Propagate, Requires.Length, Provides.Length);

    public override string ToString() =>
        $"ValidTransaction(priority {Priority}, requires {Requires.Length}, provides {Provides.Length}, longevity {Longevity}, propagate {Propagate})";
}
