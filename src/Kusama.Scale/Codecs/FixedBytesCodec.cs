namespace Kusama.Scale.Codecs;

/// <summary><c>[u8; N]</c>: exactly <typeparamref name="TLength"/> bytes with no prefix.</summary>
public readonly struct FixedBytesCodec<TLength> : ICodec<byte[]> where TLength : IConstLength
{
    public static byte[] Decode(ref ScaleReader reader) => reader.ReadBytes(TLength.Value).ToArray();

    /// <exception cref="ArgumentException">The value does not have exactly <typeparamref name="TLength"/> bytes.</exception>
    public static void Encode<TWriter>(in byte[] value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (value.Length != TLength.Value)
            throw new ArgumentException($"a [u8; {TLength.Value}] takes exactly {TLength.Value} bytes, got {value.Length}", nameof(value));
        writer.Write(value);
    }

    public static int GetEncodedSize(in byte[] value) => TLength.Value;

    public static int MinEncodedSize => TLength.Value;
}
