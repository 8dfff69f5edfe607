namespace Kusama.Scale.Codecs;

/// <summary><c>BoundedVec&lt;T, ConstU32&lt;N&gt;&gt;</c>: a <c>Vec</c> whose length may not exceed <typeparamref name="TBound"/>.</summary>
public readonly struct BoundedVecCodec<T, TCodec, TBound> : ICodec<T[]> where TCodec : ICodec<T> where TBound : IConstLength
{
    public static T[] Decode(ref ScaleReader reader) => VecCodec<T, TCodec>.DecodeBounded(ref reader, TBound.Value);

    /// <exception cref="ArgumentException">The value is longer than the bound.</exception>
    public static void Encode<TWriter>(in T[] value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.Length > TBound.Value)
            throw new ArgumentException($"{value.Length} items exceed the bound of {TBound.Value}", nameof(value));
        VecCodec<T, TCodec>.Encode(value, ref writer);
    }

    public static int GetEncodedSize(in T[] value) => VecCodec<T, TCodec>.GetEncodedSize(value);
}
