namespace Kusama.Network.Libp2p.Identity;

/// <summary>The libp2p <c>KeyType</c> protobuf enum.</summary>
public enum KeyType
{
    Rsa = 0,
    Ed25519 = 1,
    Secp256k1 = 2,
    Ecdsa = 3,
}
