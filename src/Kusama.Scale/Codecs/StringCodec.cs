namespace Kusama.Scale.Codecs;

/// <summary><c>String</c>: compact byte length then strict UTF-8.</summary>
public readonly struct StringCodec : ICodec<string>
{
    public static string Decode(ref ScaleReader reader) => reader.ReadString(ScaleLimits.UnboundedLength);

    public static void Encode<TWriter>(in string value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteString(ref writer, value);

    public static int GetEncodedSize(in string value) => ScaleWriter.StringSize(value);
}
