using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary><c>Option&lt;T&gt;</c>: 0x00 for None, 0x01 then the value for Some (also for <c>bool</c>; see <see cref="OptionBool"/>).</summary>
public readonly struct OptionCodec<T, TCodec> : ICodec<Option<T>> where TCodec : ICodec<T>
{
    public static Option<T> Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte tag = reader.ReadByte();
        return tag switch
        {
            0 => Option<T>.None,
            1 => Option<T>.Some(TCodec.Decode(ref reader)),
            _ => throw new ScaleDecodeException($"invalid Option tag 0x{tag:x2} (must be 0 or 1)", start),
        };
    }

    public static void Encode<TWriter>(in Option<T> value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.TryGetValue(out T? some))
        {
            writer.WriteByte(1);
            TCodec.Encode(some, ref writer);
        }
        else
        {
            writer.WriteByte(0);
        }
    }

    public static int GetEncodedSize(in Option<T> value) =>
        value.TryGetValue(out T? some) ? 1 + TCodec.GetEncodedSize(some) : 1;
}
