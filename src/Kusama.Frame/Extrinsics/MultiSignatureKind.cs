namespace Kusama.Frame.Extrinsics;

/// <summary>The variant of sp-runtime <c>MultiSignature</c>; the values are the wire indices (never reorder).</summary>
public enum MultiSignatureKind : byte
{
    /// <summary>64-byte ed25519 signature over the message; the signer is the public key.</summary>
    Ed25519 = 0,

    /// <summary>64-byte sr25519 signature (context "substrate"); the signer is the public key.</summary>
    Sr25519 = 1,

    /// <summary>65-byte recoverable secp256k1 signature over blake2_256(message); the signer is blake2_256 of the compressed key.</summary>
    Ecdsa = 2,
}
