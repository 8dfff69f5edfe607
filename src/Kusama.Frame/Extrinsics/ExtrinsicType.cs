namespace Kusama.Frame.Extrinsics;

/// <summary>The top two bits of an extrinsic's version byte (sp-runtime <c>TYPE_MASK</c> 0xc0); values are those bits.</summary>
public enum ExtrinsicType : byte
{
    /// <summary>No signature and no extensions: inherents and unsigned transactions (v4 0x04, v5 0x05).</summary>
    Bare = 0b0000_0000,

    /// <summary>Address, signature, explicit extensions (v4 only: 0x84).</summary>
    Signed = 0b1000_0000,

    /// <summary>Extension version byte then extensions, authorized by the extensions themselves (v5 only: 0x45).</summary>
    General = 0b0100_0000,
}
