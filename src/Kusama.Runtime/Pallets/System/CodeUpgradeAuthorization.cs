using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>CodeUpgradeAuthorization</c>: the hash of the code governance authorized and whether its version is checked.</summary>
public readonly record struct CodeUpgradeAuthorization(Hash256 CodeHash, bool CheckVersion) : IScaleCodec<CodeUpgradeAuthorization>
{
    public static CodeUpgradeAuthorization Decode(ref ScaleReader reader)
    {
        var codeHash = Hash256Codec.Decode(ref reader);
        return new CodeUpgradeAuthorization(codeHash, reader.ReadBool());
    }

    public static void Encode<TWriter>(in CodeUpgradeAuthorization value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        Hash256Codec.Encode(value.CodeHash, ref writer);
        ScaleWriter.WriteBool(ref writer, value.CheckVersion);
    }

    public static int GetEncodedSize(in CodeUpgradeAuthorization value) => 33;

    public static int MinEncodedSize => 33;
}
