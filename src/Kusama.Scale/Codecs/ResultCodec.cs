using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary><c>Result&lt;T, E&gt;</c>: 0x00 then the value for Ok, 0x01 then the error for Err.</summary>
public readonly struct ResultCodec<TOk, TErr, TOkCodec, TErrCodec> : ICodec<Result<TOk, TErr>>
    where TOkCodec : ICodec<TOk>
    where TErrCodec : ICodec<TErr>
{
    public static Result<TOk, TErr> Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        byte tag = reader.ReadByte();
        return tag switch
        {
            0 => Result<TOk, TErr>.Ok(TOkCodec.Decode(ref reader)),
            1 => Result<TOk, TErr>.Err(TErrCodec.Decode(ref reader)),
            _ => throw new ScaleDecodeException($"invalid Result tag 0x{tag:x2} (must be 0 or 1)", start),
        };
    }

    public static void Encode<TWriter>(in Result<TOk, TErr> value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.TryGetOk(out TOk? ok))
        {
            writer.WriteByte(0);
            TOkCodec.Encode(ok, ref writer);
        }
        else
        {
            writer.WriteByte(1);
            TErrCodec.Encode(value.ErrValue, ref writer);
        }
    }

    public static int GetEncodedSize(in Result<TOk, TErr> value) =>
        1 + (value.TryGetOk(out TOk? ok) ? TOkCodec.GetEncodedSize(ok) : TErrCodec.GetEncodedSize(value.ErrValue));
}
