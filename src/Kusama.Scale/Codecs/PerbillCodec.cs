using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Perbill"/> as its parts (<c>u32</c>); like sp-arithmetic, decoding rejects parts above the accuracy.</summary>
public readonly struct PerbillCodec : ICodec<Perbill>
{
    public static Perbill Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        var parts = reader.ReadUInt32();
        if (parts > Perbill.Accuracy)
            throw new ScaleDecodeException($"Perbill parts {parts} exceed the accuracy {Perbill.Accuracy}", start);
        return Perbill.FromParts(parts);
    }

    public static void Encode<TWriter>(in Perbill value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt32(ref writer, value.Parts);

    public static int GetEncodedSize(in Perbill value) => 4;

    public static int MinEncodedSize => 4;
}
