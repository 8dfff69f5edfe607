namespace Kusama.Scale.Codecs;

/// <summary>A 3-tuple <c>(A, B, C)</c>: the fields concatenated with no prefix.</summary>
public readonly struct TupleCodec<T1, T2, T3, TCodec1, TCodec2, TCodec3> : ICodec<(T1, T2, T3)>
    where TCodec1 : ICodec<T1>
    where TCodec2 : ICodec<T2>
    where TCodec3 : ICodec<T3>
{
    public static (T1, T2, T3) Decode(ref ScaleReader reader)
    {
        T1 item1 = TCodec1.Decode(ref reader);
        T2 item2 = TCodec2.Decode(ref reader);
        return (item1, item2, TCodec3.Decode(ref reader));
    }

    public static void Encode<TWriter>(in (T1, T2, T3) value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        TCodec1.Encode(value.Item1, ref writer);
        TCodec2.Encode(value.Item2, ref writer);
        TCodec3.Encode(value.Item3, ref writer);
    }

    public static int GetEncodedSize(in (T1, T2, T3) value) =>
        TCodec1.GetEncodedSize(value.Item1) + TCodec2.GetEncodedSize(value.Item2) + TCodec3.GetEncodedSize(value.Item3);

    public static int MinEncodedSize => TCodec1.MinEncodedSize + TCodec2.MinEncodedSize + TCodec3.MinEncodedSize;
}
