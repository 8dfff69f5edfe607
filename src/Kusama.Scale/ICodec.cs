namespace Kusama.Scale;

/// <summary>
/// How to encode and decode values of <typeparamref name="T"/>, as static members so that composite codecs take
/// codecs as generic arguments (<c>VecCodec&lt;uint, U32Codec&gt;</c>) and every call resolves at compile time.
/// </summary>
public interface ICodec<T>
{
    /// <summary>Decodes one value; throws only <see cref="ScaleDecodeException"/>.</summary>
    static abstract T Decode(ref ScaleReader reader);

    static abstract void Encode<TWriter>(in T value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct;

    /// <summary>The exact number of bytes <see cref="Encode"/> writes.</summary>
    static abstract int GetEncodedSize(in T value);

    /// <summary>The fewest bytes any value takes; bounds a collection's length by what remains before allocating.</summary>
    static virtual int MinEncodedSize => 1;
}
