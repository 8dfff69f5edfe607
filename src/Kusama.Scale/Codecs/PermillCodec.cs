using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Permill"/> as its parts (<c>u32</c>); like sp-arithmetic, decoding rejects parts above the accuracy.</summary>
public readonly struct PermillCodec : ICodec<Permill>
{
    public static Permill Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        var parts = reader.ReadUInt32();
        if (parts > Permill.Accuracy)
            throw new ScaleDecodeException($"Permill parts {parts} exceed the accuracy {Permill.Accuracy}", start);
        return Permill.FromParts(parts);
    }

    public static void Encode<TWriter>(in Permill value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt32(ref writer, value.Parts);

    public static int GetEncodedSize(in Permill value) => 4;

    public static int MinEncodedSize => 4;
}
