using Kusama.Scale;

namespace Kusama.Frame.Dispatch;

/// <summary>SCALE codec of <see cref="PerDispatchClass{T}"/>: normal, operational, mandatory in that order.</summary>
public readonly struct PerDispatchClassCodec<T, TCodec> : ICodec<PerDispatchClass<T>> where TCodec : ICodec<T>
{
    public static PerDispatchClass<T> Decode(ref ScaleReader reader)
    {
        T normal = TCodec.Decode(ref reader);
        T operational = TCodec.Decode(ref reader);
        return new PerDispatchClass<T>(normal, operational, TCodec.Decode(ref reader));
    }

    public static void Encode<TWriter>(in PerDispatchClass<T> value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        TCodec.Encode(value.Normal, ref writer);
        TCodec.Encode(value.Operational, ref writer);
        TCodec.Encode(value.Mandatory, ref writer);
    }

    public static int GetEncodedSize(in PerDispatchClass<T> value) =>
        TCodec.GetEncodedSize(value.Normal) + TCodec.GetEncodedSize(value.Operational) + TCodec.GetEncodedSize(value.Mandatory);

    public static int MinEncodedSize => 3 * TCodec.MinEncodedSize;
}
