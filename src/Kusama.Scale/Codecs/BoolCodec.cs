namespace Kusama.Scale.Codecs;

/// <summary><c>bool</c>: one byte, 0 or 1.</summary>
public readonly struct BoolCodec : ICodec<bool>
{
    public static bool Decode(ref ScaleReader reader) => reader.ReadBool();

    public static void Encode<TWriter>(in bool value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteBool(ref writer, value);

    public static int GetEncodedSize(in bool value) => 1;

    public static int MinEncodedSize => 1;
}
