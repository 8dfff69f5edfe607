using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary><c>H256</c>: the 32 bytes with no prefix.</summary>
public readonly struct Hash256Codec : ICodec<Hash256>
{
    public static Hash256 Decode(ref ScaleReader reader) => new(reader.ReadBytes(Hash256.Length));

    public static void Encode<TWriter>(in Hash256 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        writer.Write(value.Bytes);

    public static int GetEncodedSize(in Hash256 value) => Hash256.Length;

    public static int MinEncodedSize => Hash256.Length;
}
