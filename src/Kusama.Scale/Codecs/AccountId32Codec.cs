using Kusama.Core;

namespace Kusama.Scale.Codecs;

/// <summary><c>AccountId32</c>: the 32 bytes with no prefix.</summary>
public readonly struct AccountId32Codec : ICodec<AccountId32>
{
    public static AccountId32 Decode(ref ScaleReader reader) => new(reader.ReadBytes(AccountId32.Length));

    public static void Encode<TWriter>(in AccountId32 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct =>
        writer.Write(value.Bytes);

    public static int GetEncodedSize(in AccountId32 value) => AccountId32.Length;

    public static int MinEncodedSize => AccountId32.Length;
}
