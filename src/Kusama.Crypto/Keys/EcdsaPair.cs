using Kusama.Core;
using Kusama.Crypto.Ecdsa;
using Kusama.Crypto.SecretUris;
using EcdsaAlgorithm = Kusama.Crypto.Ecdsa.EcdsaSignature;

namespace Kusama.Crypto.Keys;

/// <summary><see cref="KeyPair"/> over <see cref="EcdsaKeyPair"/>: secp256k1 over blake2_256(message), 65-byte signatures.</summary>
internal sealed class EcdsaPair : KeyPair
{
    private EcdsaPair(EcdsaKeyPair inner, byte[] seed)
        : base(seed)
    {
        Inner = inner;
    }

    public EcdsaKeyPair Inner { get; }

    public override KeyScheme Scheme => KeyScheme.Ecdsa;

    public override ReadOnlySpan<byte> PublicKey => Inner.PublicKey;

    public override AccountId32 AccountId => Inner.AccountId;

    public static EcdsaPair FromSeed(ReadOnlySpan<byte> seed) => new(new EcdsaKeyPair(seed), seed.ToArray());

    /// <summary>sp-core's <c>ecdsa::Pair::verify</c>: recover from blake2_256(message) and compare with the key.</summary>
    public static bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey) =>
        signature.Length == EcdsaAlgorithm.SignatureLength
        && publicKey.Length == EcdsaAlgorithm.PublicKeyLength
        && EcdsaAlgorithm.Verify(signature, message, publicKey);

    public override void Sign(ReadOnlySpan<byte> message, Span<byte> signature) => Inner.Sign(message, signature);

    private protected override KeyPair Derive(DeriveJunction junction)
    {
        if (junction.IsSoft)
        {
            throw SoftJunctionNotSupported(KeyScheme.Ecdsa);
        }

        var child = new byte[SeedLength];
        EcdsaKeyPair.DeriveHardSeed(Seed, junction.ChainCode, child);
        return new EcdsaPair(new EcdsaKeyPair(child), child);
    }
}
