using Kusama.Scale;

namespace Kusama.Frame.Dispatch;

/// <summary>
/// SCALE codec of <see cref="DispatchResult"/> as sp-runtime's <c>DispatchResult = Result&lt;(), DispatchError&gt;</c>
/// (e.g. in <c>Utility.DispatchedAs</c>): <c>0x00</c> for Ok, <c>0x01 ++ DispatchError</c> for Err. Post-dispatch info is not encoded.
/// </summary>
public readonly struct DispatchResultCodec : ICodec<DispatchResult>
{
    public static DispatchResult Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte tag = reader.ReadByte();
        switch (tag)
        {
            case 0: return DispatchResult.Ok;
            case 1: return DispatchResult.Failure(DispatchErrorCodec.Decode(ref reader));
            default:
                ScaleReader.Throw($"Invalid Result tag {tag}.", at);
                return default;
        }
    }

    public static void Encode<TWriter>(in DispatchResult value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteByte(ref writer, value.IsOk ? (byte)0 : (byte)1);
        if (value.IsError) DispatchErrorCodec.Encode(value.Error, ref writer);
    }

    public static int GetEncodedSize(in DispatchResult value) => value.IsOk ? 1 : 1 + DispatchErrorCodec.GetEncodedSize(value.Error);
}
