using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary>A <see cref="Perquintill"/> as its parts (<c>u64</c>); like sp-arithmetic, decoding rejects parts above the accuracy.</summary>
public readonly struct PerquintillCodec : ICodec<Perquintill>
{
    public static Perquintill Decode(ref ScaleReader reader)
    {
        int start = reader.Position;
        var parts = reader.ReadUInt64();
        if (parts > Perquintill.Accuracy)
            throw new ScaleDecodeException($"Perquintill parts {parts} exceed the accuracy {Perquintill.Accuracy}", start);
        return Perquintill.FromParts(parts);
    }

    public static void Encode<TWriter>(in Perquintill value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        ScaleWriter.WriteUInt64(ref writer, value.Parts);

    public static int GetEncodedSize(in Perquintill value) => 8;

    public static int MinEncodedSize => 8;
}
