namespace Kusama.Scale.Codecs;

/// <summary>A 2-tuple <c>(A, B)</c>: the fields concatenated with no prefix.</summary>
public readonly struct TupleCodec<T1, T2, TCodec1, TCodec2> : ICodec<(T1, T2)>
    where TCodec1 : ICodec<T1>
    where TCodec2 : ICodec<T2>
{
    public static (T1, T2) Decode(ref ScaleReader reader)
    {
        T1 item1 = TCodec1.Decode(ref reader);
        return (item1, TCodec2.Decode(ref reader));
    }

    public static void Encode<TWriter>(in (T1, T2) value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        TCodec1.Encode(value.Item1, ref writer);
        TCodec2.Encode(value.Item2, ref writer);
    }

    public static int GetEncodedSize(in (T1, T2) value) => TCodec1.GetEncodedSize(value.Item1) + TCodec2.GetEncodedSize(value.Item2);

    public static int MinEncodedSize => TCodec1.MinEncodedSize + TCodec2.MinEncodedSize;
}
