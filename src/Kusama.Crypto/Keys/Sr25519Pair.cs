using System.Security.Cryptography;
using Kusama.Crypto.SecretUris;
using Kusama.Crypto.Sr25519;

namespace Kusama.Crypto.Keys;

/// <summary><see cref="KeyPair"/> over <see cref="Sr25519KeyPair"/>.</summary>
internal sealed class Sr25519Pair : KeyPair
{
    private Sr25519Pair(Sr25519KeyPair inner, byte[]? miniSecret)
        : base(miniSecret)
    {
        Inner = inner;
    }

    public Sr25519KeyPair Inner { get; }

    public override KeyScheme Scheme => KeyScheme.Sr25519;

    public override ReadOnlySpan<byte> PublicKey => Inner.PublicKey;

    public static Sr25519Pair FromMiniSecret(ReadOnlySpan<byte> miniSecret) =>
        new(Sr25519KeyPair.FromMiniSecret(miniSecret), miniSecret.ToArray());

    public static bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message, ReadOnlySpan<byte> publicKey) =>
        signature.Length == Sr25519Signature.Length
        && publicKey.Length == Sr25519KeyPair.PublicKeyLength
        && Sr25519Signature.Verify(signature, message, publicKey);

    public override void Sign(ReadOnlySpan<byte> message, Span<byte> signature) => Inner.Sign(message, signature);

    private protected override KeyPair Derive(DeriveJunction junction)
    {
        if (junction.IsSoft)
        {
            // A soft child's secret nonce is random, so no seed reproduces it (sp-core returns seed None here too).
            return new Sr25519Pair(Inner.DeriveSoft(junction.ChainCode), null);
        }

        Span<byte> miniSecret = stackalloc byte[SeedLength];
        try
        {
            Sr25519Hdkd.HardDeriveMiniSecret(Inner.Secret, junction.ChainCode, miniSecret);

            // sp-core keeps reporting a seed only while the whole path is hard.
            return new Sr25519Pair(Sr25519KeyPair.FromMiniSecret(miniSecret), HasSeed ? miniSecret.ToArray() : null);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(miniSecret);
        }
    }
}
