namespace Kusama.Scale;

/// <summary>One-call entry points: encode a value to an exact-size array, decode a whole buffer.</summary>
public static class ScaleCodec
{
    /// <summary>Encodes into a new array of exactly the encoded size.</summary>
    public static byte[] Encode<T, TCodec>(in T value) where TCodec : ICodec<T>
    {
        byte[] bytes = new byte[TCodec.GetEncodedSize(value)];
        var writer = new SpanScaleWriter(bytes);
        TCodec.Encode(value, ref writer);
        if (writer.Written != bytes.Length)
            throw new InvalidOperationException($"{typeof(TCodec).Name} wrote {writer.Written} bytes but announced {bytes.Length}");
        return bytes;
    }

    /// <summary>Encodes a self-describing value into a new array.</summary>
    public static byte[] Encode<T>(in T value) where T : IScaleCodec<T> => Encode<T, T>(value);

    /// <summary>Decodes exactly one value that must use the whole input.</summary>
    public static T Decode<T, TCodec>(ReadOnlySpan<byte> input) where TCodec : ICodec<T>
    {
        var reader = new ScaleReader(input);
        T value = TCodec.Decode(ref reader);
        reader.EnsureEnd();
        return value;
    }

    /// <summary>Decodes exactly one self-describing value that must use the whole input.</summary>
    public static T Decode<T>(ReadOnlySpan<byte> input) where T : IScaleCodec<T> => Decode<T, T>(input);
}
