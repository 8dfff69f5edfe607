namespace Kusama.Scale.Codecs;

/// <summary>A 4-tuple <c>(A, B, C, D)</c>: the fields concatenated with no prefix.</summary>
public readonly struct TupleCodec<T1, T2, T3, T4, TCodec1, TCodec2, TCodec3, TCodec4> : ICodec<(T1, T2, T3, T4)>
    where TCodec1 : ICodec<T1>
    where TCodec2 : ICodec<T2>
    where TCodec3 : ICodec<T3>
    where TCodec4 : ICodec<T4>
{
    public static (T1, T2, T3, T4) Decode(ref ScaleReader reader)
    {
        T1 item1 = TCodec1.Decode(ref reader);
        T2 item2 = TCodec2.Decode(ref reader);
        T3 item3 = TCodec3.Decode(ref reader);
        return (item1, item2, item3, TCodec4.Decode(ref reader));
    }

    public static void Encode<TWriter>(in (T1, T2, T3, T4) value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        TCodec1.Encode(value.Item1, ref writer);
        TCodec2.Encode(value.Item2, ref writer);
        TCodec3.Encode(value.Item3, ref writer);
        TCodec4.Encode(value.Item4, ref writer);
    }

    public static int GetEncodedSize(in (T1, T2, T3, T4) value) =>
        TCodec1.GetEncodedSize(value.Item1) + TCodec2.GetEncodedSize(value.Item2)
        + TCodec3.GetEncodedSize(value.Item3) + TCodec4.GetEncodedSize(value.Item4);

    public static int MinEncodedSize =>
        TCodec1.MinEncodedSize + TCodec2.MinEncodedSize + TCodec3.MinEncodedSize + TCodec4.MinEncodedSize;
}
